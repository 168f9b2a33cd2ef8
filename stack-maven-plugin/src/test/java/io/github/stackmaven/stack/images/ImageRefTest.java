package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageRefTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // reference                      | registry        | repository          | tag    | digest | familiar
        "busybox                          | docker.io       | library/busybox     | -      | -      | busybox",
        "busybox:latest                   | docker.io       | library/busybox     | latest | -      | busybox",
        "docker.io/library/x              | docker.io       | library/x           | -      | -      | x",
        "index.docker.io/library/x:1      | docker.io       | library/x           | 1      | -      | x",
        "user/app:1.0-SNAPSHOT            | docker.io       | user/app            | 1.0-SNAPSHOT | - | user/app",
        "localhost:5000/app:1             | localhost:5000  | app                 | 1      | -      | localhost:5000/app",
        "localhost/app                    | localhost       | app                 | -      | -      | localhost/app",
        "127.0.0.1:5000/x                 | 127.0.0.1:5000  | x                   | -      | -      | 127.0.0.1:5000/x",
        "ghcr.io/org/team/svc:v2          | ghcr.io         | org/team/svc        | v2     | -      | ghcr.io/org/team/svc",
        "Registry/app                     | Registry        | app                 | -      | -      | Registry/app",
        "[::1]:5000/app                   | [::1]:5000      | app                 | -      | -      | [::1]:5000/app",
        "my_app__x/a-b--c.d               | docker.io       | my_app__x/a-b--c.d  | -      | -      | my_app__x/a-b--c.d",
    })
    void parse_splitsAndNormalises(String reference, String registry, String repository, String tag, String digest,
            String familiar) {
        ImageRef ref = ImageRef.parse(reference);
        assertThat(ref.registry()).isEqualTo(registry);
        assertThat(ref.repository()).isEqualTo(repository);
        assertThat(ref.tag()).isEqualTo(tag);
        assertThat(ref.digest()).isEqualTo(digest);
        assertThat(ref.familiarName()).isEqualTo(familiar);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "busybox                | https://index.docker.io/v1/",
        "docker.io/library/x    | https://index.docker.io/v1/",
        "localhost:5000/app:1   | localhost:5000",
        "127.0.0.1:5000/x       | 127.0.0.1:5000",
        "Registry.Example.COM/a | registry.example.com",
    })
    void registryKey_forCredentialLookup(String reference, String key) {
        assertThat(RegistryKey.forImage(ImageRef.parse(reference))).isEqualTo(key);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "''                                 | empty",
        "App                                | upper-case",
        "localhost:5000/App                 | upper-case",
        "app:                               | not a valid image tag",
        "app:-bad                           | not a valid image tag",
        "app:has/slash                      | invalid registry 'app:has'",
        "team/-app                          | not a valid repository name",
        "a..b                               | not a valid repository name",
        "app@sha256:123                     | invalid digest",
        "bad_host.io:x/app                  | invalid registry",
    })
    void parse_rejects_namingTheValue(String reference, String problem) {
        assertThatThrownBy(() -> ImageRef.parse(reference))
                .isInstanceOfSatisfying(InvalidImageReferenceException.class, e -> {
                    assertThat(e.getMessage()).contains(problem);
                    assertThat(e.getMessage()).contains("'" + e.value() + "'");
                });
    }

    @ParameterizedTest
    @CsvSource({"busybox:1.36@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void parse_tagAndDigest_roundTrip(String reference) {
        ImageRef ref = ImageRef.parse(reference);
        assertThat(ref.tag()).isEqualTo("1.36");
        assertThat(ref.digest()).startsWith("sha256:0123");
        assertThat(ref.toString()).isEqualTo(reference);
        assertThat(ref.name()).isEqualTo("docker.io/library/busybox");
        assertThat(ref.withTag("2")).hasToString("busybox:2").isEqualTo(ImageRef.parse("docker.io/library/busybox:2"));
    }

    @Test
    void inRegistry_movesRepositoryKeepsTag() {
        assertThat(ImageRef.parse("app:1.0").inRegistry("localhost:5001").toString()).isEqualTo("localhost:5001/app:1.0");
        assertThat(ImageRef.parse("team/app").inRegistry("registry.example.com").toString())
                .isEqualTo("registry.example.com/team/app");
        assertThat(ImageRef.parse("127.0.0.1:5000/team/app").inRegistry("127.0.0.1:5001").toString())
                .isEqualTo("127.0.0.1:5001/team/app");
    }
}
