package io.github.stackmaven.stack.engine.docker;

import io.github.stackmaven.stack.engine.EngineEndpoint;
import io.github.stackmaven.stack.engine.EngineUnreachableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The failure paths of connecting; they need no engine. Connecting to a real one is covered by the invoker ITs. */
class DockerEngineConnectorTest {

    @Test
    void socketThatDoesNotExist_failsNamingItAndHowToStartAnEngine() {
        EngineEndpoint missing = EngineEndpoint.of("unix:///nonexistent/dir/docker.sock", "DOCKER_HOST");
        assertThatThrownBy(() -> DockerEngineConnector.connect(List.of(missing), true))
                .isInstanceOf(EngineUnreachableException.class)
                .hasMessageContaining("unix:///nonexistent/dir/docker.sock (DOCKER_HOST): no such socket")
                .hasMessageContaining("used alone")
                .hasMessageContaining("Start a Docker-compatible engine")
                .hasMessageNotContaining("skipITs"); // only the lifecycle goals offer it (UnreachableHintTest)
    }

    @Test
    void sshUrlWithPassword_isRefused_andTheErrorNeverShowsThePassword() {
        EngineEndpoint withPassword = EngineEndpoint.of("ssh://deploy:hunter2@build-host:2222", "DOCKER_HOST");
        assertThatThrownBy(() -> DockerEngineConnector.connect(List.of(withPassword), true))
                .isInstanceOf(EngineUnreachableException.class)
                .hasMessageContaining("ssh://deploy:***@build-host:2222 (DOCKER_HOST): DOCKER_HOST carries a password")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void everyCandidateIsNamedWithItsOwnProblem(@TempDir Path dir) throws IOException {
        Path dead = dir.resolve("dead.sock");
        // a socket file with no listener behind it, as a crashed engine leaves
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(dead));
        }
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        List<EngineEndpoint> candidates = List.of(
                EngineEndpoint.of("unix://" + dir.resolve("absent.sock"), "rootless Docker socket"),
                EngineEndpoint.of("unix://" + dead, "Podman socket"),
                EngineEndpoint.of("tcp://127.0.0.1:" + closedPort, "test"));
        EngineUnreachableException e = (EngineUnreachableException) org.junit.jupiter.api.Assertions.assertThrows(
                EngineUnreachableException.class, () -> DockerEngineConnector.connect(candidates, false));
        assertThat(e.attempts()).extracting(EngineUnreachableException.Attempt::problem)
                .containsExactly("no such socket", "connection refused (no engine is listening there)",
                        "connection refused (no engine is listening there)");
        assertThat(e.getMessage()).doesNotContain("used alone").contains("Podman socket");
    }
}
