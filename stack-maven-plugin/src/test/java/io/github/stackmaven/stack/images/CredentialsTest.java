package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void toString_neverShowsPasswordOrToken() {
        Credentials basic = Credentials.basic("localhost:5000", "ci", "s3cr3t-Pa55");
        Credentials token = Credentials.identityToken("https://index.docker.io/v1/", "", "eyJhbGciOi.refresh");

        assertThat(basic.toString()).doesNotContain("s3cr3t-Pa55").contains("ci").contains("localhost:5000")
                .contains("password=****");
        assertThat(token.toString()).doesNotContain("eyJhbGciOi").contains("identityToken=****");
        assertThat(basic.password()).isEqualTo("s3cr3t-Pa55");
        assertThat(token.hasIdentityToken()).isTrue();
        assertThat(basic.hasIdentityToken()).isFalse();
    }

    @Test
    void equality_byAllFields() {
        assertThat(Credentials.basic("r", "u", "p")).isEqualTo(Credentials.basic("r", "u", "p"))
                .isNotEqualTo(Credentials.basic("r", "u", "q"))
                .hasSameHashCodeAs(Credentials.basic("r", "u", "p"));
    }
}
