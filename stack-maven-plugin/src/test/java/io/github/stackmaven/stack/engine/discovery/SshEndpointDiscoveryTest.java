package io.github.stackmaven.stack.engine.discovery;

import io.github.stackmaven.stack.engine.EngineEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** ssh:// endpoints from DOCKER_HOST, stack.dockerHost and docker contexts reach the connector as they were written. */
class SshEndpointDiscoveryTest {
    @TempDir
    Path home;

    private List<EngineEndpoint> locate(String explicit, Map<String, String> env) {
        EngineLocator.Candidates c = EngineLocator.locate(new DiscoveryContext(explicit, env, home,
                OptionalInt.of(1000), false));
        assertThat(c.explicit()).isTrue();
        return c.endpoints();
    }

    @Test
    void dockerHostSsh_isTheOnlyCandidate_withUserHostAndPort() {
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_HOST", "ssh://deploy@build.example.org:2222"));
        assertThat(c).singleElement().satisfies(e -> {
            assertThat(e.host().getScheme()).isEqualTo("ssh");
            assertThat(e.host().getUserInfo()).isEqualTo("deploy");
            assertThat(e.host().getHost()).isEqualTo("build.example.org");
            assertThat(e.host().getPort()).isEqualTo(2222);
            assertThat(e.source()).isEqualTo("DOCKER_HOST");
            assertThat(e.isLocal()).isFalse();
            assertThat(e.socketPath()).isEmpty();
        });
    }

    @Test
    void dockerHostSsh_ignoresTlsVariables() {
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_HOST", "ssh://me@remote", "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", "/certs"));
        assertThat(c.get(0).tls()).isEmpty();
        assertThat(c.get(0).source()).isEqualTo("DOCKER_HOST");
    }

    @Test
    void sshEngine_isRemoteEvenOnLoopback() {
        // as a tcp engine: only a unix socket or named pipe is local; an ssh engine keeps compose's port meaning
        // (DESIGN 5), and its exported host is the ssh host
        assertThat(locate(null, Map.of("DOCKER_HOST", "ssh://root@127.0.0.1:2201")).get(0).isLocal()).isFalse();
    }

    @Test
    void explicitSshHost_winsOverDockerHost() {
        List<EngineEndpoint> c = locate("ssh://ci@runner", Map.of("DOCKER_HOST", "unix:///var/run/docker.sock"));
        assertThat(c.get(0).host().toString()).isEqualTo("ssh://ci@runner");
        assertThat(c.get(0).source()).isEqualTo("stack.dockerHost");
    }

    @Test
    void contextWithSshEndpoint_isResolvedFromItsMetaFile() throws IOException {
        EngineLocatorTest.writeContext(home.resolve(".docker"), "builder", "ssh://deploy@builder.lan:2200", false);
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\": \"builder\"}");
        List<EngineEndpoint> c = locate(null, Map.of());
        assertThat(c).singleElement().satisfies(e -> {
            assertThat(e.host().toString()).isEqualTo("ssh://deploy@builder.lan:2200");
            assertThat(e.source()).contains("docker context 'builder'");
            assertThat(e.tls()).isEmpty();
        });
    }

    @Test
    void contextWithSshEndpoint_selectedByDockerContext_keepsASocketPath() throws IOException {
        EngineLocatorTest.writeContext(home.resolve(".docker"), "rootless", "ssh://me@box/run/user/1000/docker.sock",
                false);
        List<EngineEndpoint> c = locate(null, Map.of("DOCKER_CONTEXT", "rootless"));
        assertThat(c.get(0).host().getPath()).isEqualTo("/run/user/1000/docker.sock");
        assertThat(c.get(0).source()).contains("DOCKER_CONTEXT");
    }
}
