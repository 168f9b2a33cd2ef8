package io.github.stackmaven.stack.engine.discovery;

import io.github.stackmaven.stack.engine.EngineEndpoint;
import io.github.stackmaven.stack.engine.EngineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineLocatorTest {
    @TempDir
    Path home;

    private DiscoveryContext ctx(String explicit, Map<String, String> env) {
        return new DiscoveryContext(explicit, env, home, OptionalInt.of(1234), false);
    }

    private List<EngineEndpoint> locate(String explicit, Map<String, String> env) {
        return EngineLocator.locate(ctx(explicit, env)).endpoints();
    }

    @Test
    void dockerHost_isTheOnlyCandidate() {
        EngineLocator.Candidates c = EngineLocator.locate(ctx(null, Map.of("DOCKER_HOST", "unix:///tmp/x.sock")));
        assertThat(c.explicit()).isTrue();
        assertThat(c.endpoints()).extracting(e -> e.host().toString(), EngineEndpoint::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unix:///tmp/x.sock", "DOCKER_HOST"));
    }

    @Test
    void explicitHost_winsOverDockerHost() {
        List<EngineEndpoint> c = locate("tcp://build:2375", Map.of("DOCKER_HOST", "unix:///tmp/x.sock"));
        assertThat(c).singleElement().satisfies(e -> {
            assertThat(e.host().toString()).isEqualTo("tcp://build:2375");
            assertThat(e.source()).isEqualTo("stack.dockerHost");
            assertThat(e.isLocal()).isFalse();
        });
    }

    @Test
    void tcpEndpointIsRemoteEvenOnLoopback_socketsAreLocal() {
        assertThat(EngineEndpoint.of("tcp://127.0.0.1:2376", "DOCKER_HOST").isLocal()).isFalse();
        assertThat(EngineEndpoint.of("tcp://localhost:2375", "DOCKER_HOST").isLocal()).isFalse();
        assertThat(EngineEndpoint.of("unix:///var/run/docker.sock", "DOCKER_HOST").isLocal()).isTrue();
    }

    @Test
    void tcpWithTlsVerify_usesCertPath() {
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_HOST", "tcp://remote:2376", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", "/certs"));
        assertThat(c.get(0).tls()).contains(Path.of("/certs"));
    }

    @Test
    void tcpWithTlsVerifyAndNoCertPath_usesDockerConfigDir() {
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_HOST", "tcp://remote:2376", "DOCKER_TLS_VERIFY", "1"));
        assertThat(c.get(0).tls()).contains(home.resolve(".docker"));
    }

    @Test
    void tlsVerifyZero_meansPlain() {
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_HOST", "tcp://remote:2375", "DOCKER_TLS_VERIFY", "0"));
        assertThat(c.get(0).tls()).isEmpty();
    }

    @Test
    void currentContextInConfigJson_isResolvedThroughItsMetaFile() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///Users/me/.colima/default/docker.sock", false);
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\": \"colima\"}");
        List<EngineEndpoint> c = locate(null, Map.of());
        assertThat(c).singleElement().satisfies(e -> {
            assertThat(e.host().toString()).isEqualTo("unix:///Users/me/.colima/default/docker.sock");
            assertThat(e.source()).contains("docker context 'colima'").contains("currentContext");
            assertThat(e.tls()).isEmpty();
        });
    }

    @Test
    void dockerContextVariable_winsOverConfigJson_andBringsTls() throws IOException {
        Path config = home.resolve("cfg");
        writeContext(config, "remote", "tcp://10.0.0.5:2376", true);
        Files.writeString(config.resolve("config.json"), "{\"currentContext\": \"other\"}");
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_CONFIG", config.toString(), "DOCKER_CONTEXT", "remote"));
        assertThat(c.get(0).host().toString()).isEqualTo("tcp://10.0.0.5:2376");
        assertThat(c.get(0).source()).contains("DOCKER_CONTEXT");
        assertThat(c.get(0).tls()).contains(config.resolve("contexts/tls/" + DockerContexts.sha256("remote")
                + "/docker"));
    }

    @Test
    void dockerHost_winsOverContext() throws IOException {
        writeContext(home.resolve(".docker"), "colima", "unix:///colima.sock", false);
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_CONTEXT", "colima", "DOCKER_HOST", "unix:///h.sock"));
        assertThat(c.get(0).host().toString()).isEqualTo("unix:///h.sock");
    }

    @Test
    void defaultContext_fallsBackToWellKnownSockets() {
        EngineLocator.Candidates c = EngineLocator.locate(ctx(null, Map.of("DOCKER_CONTEXT", "default")));
        assertThat(c.explicit()).isFalse();
        assertThat(c.endpoints().get(0).host().toString()).isEqualTo("unix:///var/run/docker.sock");
    }

    @Test
    void missingContext_failsNamingItAndTheFix() {
        assertThatThrownBy(() -> locate(null, Map.of("DOCKER_CONTEXT", "gone")))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("docker context 'gone'")
                .hasMessageContaining("DOCKER_CONTEXT")
                .hasMessageContaining("docker context use default");
    }

    @Test
    void brokenConfigJson_failsNamingTheFile() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{not json");
        assertThatThrownBy(() -> locate(null, Map.of())).isInstanceOf(EngineException.class)
                .hasMessageContaining(home.resolve(".docker/config.json").toString());
    }

    @Test
    void wellKnownSockets_coverRootfulRootlessDesktopPodmanColimaRancher() {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_RUNTIME_DIR", "/run/user/1234");
        List<String> hosts = locate(null, env).stream().map(e -> e.host().getPath()).toList();
        assertThat(hosts).containsSubsequence(
                "/var/run/docker.sock",
                "/run/user/1234/docker.sock",
                home + "/.docker/run/docker.sock",
                home + "/.docker/desktop/docker.sock",
                "/run/user/1234/podman/podman.sock",
                "/run/podman/podman.sock",
                home + "/.colima/default/docker.sock",
                home + "/.rd/docker.sock");
        assertThat(hosts).doesNotHaveDuplicates();
    }

    @Test
    void wellKnownSockets_useXdgRuntimeDirWhenItDiffersFromRunUser() {
        List<String> hosts = locate(null, Map.of("XDG_RUNTIME_DIR", "/tmp/xdg")).stream()
                .map(e -> e.host().getPath()).toList();
        assertThat(hosts).contains("/tmp/xdg/docker.sock", "/run/user/1234/docker.sock", "/tmp/xdg/podman/podman.sock");
    }

    @Test
    void windows_usesNamedPipes() {
        List<EngineEndpoint> c = EngineLocator.locate(new DiscoveryContext(null, Map.of(), home, OptionalInt.empty(),
                true)).endpoints();
        assertThat(c).extracting(e -> e.host().toString()).first().isEqualTo("npipe:////./pipe/docker_engine");
    }

    static void writeContext(Path configDir, String name, String host, boolean tls) throws IOException {
        String id = DockerContexts.sha256(name);
        Path meta = configDir.resolve("contexts/meta/" + id);
        Files.createDirectories(meta);
        Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},"
                + "\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
        if (tls) {
            Files.createDirectories(configDir.resolve("contexts/tls/" + id + "/docker"));
        }
    }
}
