package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerConfigAuthTest {

    @TempDir
    Path tmp;

    private Path bin;
    private Path config;

    /** A fake docker-credential-fake: records argv and stdin, answers per server URL. */
    private static final String FAKE_HELPER = """
            #!/bin/sh
            url=$(cat)
            printf '%s|%s\\n' "$1" "$url" >> "$(dirname "$0")/calls.log"
            case "$url" in
              localhost:5000) printf '{"ServerURL":"localhost:5000","Username":"ci","Secret":"pa55"}\\n' ;;
              https://index.docker.io/v1/) printf '{"ServerURL":"%s","Username":"<token>","Secret":"refresh-tok"}' "$url" ;;
              broken.example) echo "keychain locked" >&2; exit 3 ;;
              garbage.example) echo "not json" ;;
              *) echo "credentials not found in native keychain"; exit 1 ;;
            esac
            """;

    @BeforeEach
    void helper() throws Exception {
        bin = Files.createDirectories(tmp.resolve("bin"));
        Path script = bin.resolve("docker-credential-fake");
        Files.writeString(script, FAKE_HELPER, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        config = tmp.resolve("config.json");
    }

    private DockerConfigAuth load(String json) throws Exception {
        Files.writeString(config, json, StandardCharsets.UTF_8);
        return DockerConfigAuth.load(config,
                name -> new ProcessCredentialHelper(name, List.of(tmp.resolve("empty"), bin), Duration.ofSeconds(10)));
    }

    private List<String> calls() throws Exception {
        Path log = bin.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void auths_base64UserPassword_andHostMatching() throws Exception {
        DockerConfigAuth auth = load("{\"auths\":{"
                + "\"https://index.docker.io/v1/\":{\"auth\":\"" + b64("hubuser:hub:pass") + "\"},"
                + "\"http://localhost:5000/v2/\":{\"username\":\"local\",\"password\":\"pw\"},"
                + "\"ghcr.io\":{\"auth\":\"" + b64("u:p") + "\",\"identitytoken\":\"idt\"}}}");

        assertThat(auth.lookup("docker.io")).contains(
                Credentials.basic("https://index.docker.io/v1/", "hubuser", "hub:pass"));
        assertThat(auth.lookup("localhost:5000")).contains(Credentials.basic("localhost:5000", "local", "pw"));
        assertThat(auth.lookup("ghcr.io")).hasValueSatisfying(c -> {
            assertThat(c.hasIdentityToken()).isTrue();
            assertThat(c.identityToken()).isEqualTo("idt");
            assertThat(c.username()).isEqualTo("u");
        });
        assertThat(auth.lookup("quay.io")).isEmpty();
    }

    @Test
    void credHelpers_perRegistry_protocol() throws Exception {
        DockerConfigAuth auth = load("{\"auths\":{\"localhost:5000\":{\"auth\":\"" + b64("file:ignored") + "\"}},"
                + "\"credHelpers\":{\"localhost:5000\":\"fake\",\"docker.io\":\"fake\"}}");

        assertThat(auth.lookup("localhost:5000")).contains(Credentials.basic("localhost:5000", "ci", "pa55"));
        assertThat(auth.lookup("docker.io")).contains(
                Credentials.identityToken("https://index.docker.io/v1/", "", "refresh-tok"));
        assertThat(calls()).containsExactly("get|localhost:5000", "get|https://index.docker.io/v1/");
    }

    @Test
    void credsStore_forEveryRegistry_notFoundIsEmpty() throws Exception {
        DockerConfigAuth auth = load("{\"auths\":{\"other.example\":{}},\"credsStore\":\"fake\"}");

        assertThat(auth.lookup("other.example")).isEmpty();
        assertThat(auth.lookup("localhost:5000")).isPresent();
        assertThat(calls()).containsExactly("get|other.example", "get|localhost:5000");
    }

    @Test
    void helperFailures_areTypedAndNameTheRegistry() throws Exception {
        DockerConfigAuth auth = load("{\"credsStore\":\"fake\"}");
        assertThatThrownBy(() -> auth.lookup("broken.example"))
                .isInstanceOfSatisfying(CredentialsException.class,
                        e -> assertThat(e.registry()).isEqualTo("broken.example"))
                .hasMessageContaining("exit 3").hasMessageContaining("keychain locked");
        assertThatThrownBy(() -> auth.lookup("garbage.example")).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("JSON");
        DockerConfigAuth missing = load("{\"credsStore\":\"desktop\"}");
        assertThatThrownBy(() -> missing.lookup("localhost:5000")).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("docker-credential-desktop").hasMessageContaining("PATH");
    }

    @Test
    void badAuthValue_doesNotLeakIt() throws Exception {
        DockerConfigAuth auth = load("{\"auths\":{\"r.example\":{\"auth\":\"" + b64("no-colon-secret") + "\"}}}");
        assertThatThrownBy(() -> auth.lookup("r.example")).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("user:password").hasMessageNotContaining("no-colon-secret");
    }

    @Test
    void missingConfig_meansNoCredentials() throws Exception {
        DockerConfigAuth auth = DockerConfigAuth.load(tmp.resolve("nope.json"), name -> url -> Optional.empty());
        assertThat(auth.lookup("docker.io")).isEmpty();
    }

    @Test
    void defaultLocation_honoursDockerConfig() {
        Path home = Path.of("/home/u");
        assertThat(DockerConfigAuth.defaultLocation(Map.of(), home)).isEqualTo(Path.of("/home/u/.docker/config.json"));
        assertThat(DockerConfigAuth.defaultLocation(Map.of("DOCKER_CONFIG", "/cfg"), home))
                .isEqualTo(Path.of("/cfg/config.json"));
    }

    @Test
    void sourceFor_namesTheHelperAndWhyOrTheFile() throws Exception {
        DockerConfigAuth auth = load("""
                {"credHelpers": {"ghcr.io": "gh"}, "credsStore": "desktop",
                 "auths": {"localhost:5000": {"auth": "Y2k6cGE1NQ=="}}}
                """);
        String file = config.toAbsolutePath().normalize().toString();
        assertThat(auth.sourceFor("ghcr.io")).isEqualTo("docker-credential-gh (credHelpers in " + file + ")");
        assertThat(auth.sourceFor("localhost:5000")).isEqualTo("docker-credential-desktop (credsStore in " + file + ")");
        assertThat(load("{\"auths\": {}}").sourceFor("localhost:5000")).isEqualTo(file);
    }
}
