package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stackmaven.stack.engine.RegistryAuth;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class RawPushTest {

    private static JsonNode decode(String header) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(header));
    }

    @Test
    void header_basicAuth_base64urlJson() throws Exception {
        JsonNode json = decode(RawPush.header(new RegistryAuth("localhost:5000", "ci", "p?>~w", null)));
        assertThat(json.path("username").asText()).isEqualTo("ci");
        assertThat(json.path("password").asText()).isEqualTo("p?>~w");
        assertThat(json.path("serveraddress").asText()).isEqualTo("localhost:5000");
        assertThat(json.has("identitytoken")).isFalse();
    }

    @Test
    void header_identityToken_withoutPassword() throws Exception {
        JsonNode json = decode(RawPush.header(new RegistryAuth("ghcr.io", "<token>", null, "tok")));
        assertThat(json.path("identitytoken").asText()).isEqualTo("tok");
        assertThat(json.has("password")).isFalse();
    }

    @Test
    void header_anonymous_emptyObject() throws Exception {
        assertThat(decode(RawPush.header(null)).size()).isZero();
    }

    @Test
    void registryAuth_toString_masksSecrets() {
        assertThat(new RegistryAuth("r", "u", "hunter2", "tok").toString()).doesNotContain("hunter2", "tok")
                .contains("u");
    }
}
