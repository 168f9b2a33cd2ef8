package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.BuildSessionRefusedException;
import io.github.stackmaven.stack.engine.BuildSessionSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionHandshakeTimeoutTest {

    @Test
    void anEngineThatNeverAnswersTheUpgradeIsARefusalAfterTheTimeout(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("engine.sock");
        try (ServerSocketChannel engine = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            engine.bind(UnixDomainSocketAddress.of(socket));
            SessionDialer dialer = new SessionDialer(URI.create("unix://" + socket), null);
            BuildSessionSpec spec = new BuildSessionSpec("app", "key", Map.of(), Map.of(), null);
            long start = System.nanoTime();
            // accepted by the kernel's backlog, read by nobody: the upgrade's answer never comes
            assertThatThrownBy(() -> DockerBuildSession.open(dialer, null, spec, Duration.ofMillis(700)))
                    .isInstanceOf(BuildSessionRefusedException.class)
                    .hasMessage("the engine did not answer POST /session within 700 ms");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(600),
                    Duration.ofSeconds(20));
            try (SocketChannel ignored = engine.accept()) {
                // the pending connection, accepted to close it
            }
        }
    }
}
