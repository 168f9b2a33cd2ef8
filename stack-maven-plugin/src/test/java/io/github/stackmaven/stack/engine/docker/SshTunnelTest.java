package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bridge between the HTTP client and ssh processes, with a shell script in place of ssh (the real ssh and
 * sshd are exercised by the up-over-ssh IT).
 */
class SshTunnelTest {

    private static SshCommand fake(String script) {
        return new SshCommand(List.of("sh", "-c", script), "me@fake:22");
    }

    private static DockerHttpClient http(SshTunnel tunnel) {
        return new SshDockerHttpClient(new ApacheDockerHttpClient.Builder().dockerHost(tunnel.socket())
                .connectionTimeout(Duration.ofSeconds(5)).build(), tunnel);
    }

    private static DockerHttpClient.Request ping() {
        return DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path("/_ping").build();
    }

    @Test
    void requestAndAnswer_travelThroughTheProcessStreams() throws IOException {
        // reads the request line, answers it with the path it saw, as dial-stdio relays an engine's answer
        String server = "read method path rest; body=\"saw $path\"; "
                + "printf 'HTTP/1.1 200 OK\\r\\nContent-Length: %s\\r\\nConnection: close\\r\\n\\r\\n%s' ${#body} \"$body\";"
                + " cat >/dev/null";
        SshTunnel tunnel = SshTunnel.open(fake(server));
        Path socket = Path.of(tunnel.socket().getPath());
        try (DockerHttpClient http = http(tunnel)) {
            assertThat(Files.getPosixFilePermissions(socket.getParent()))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                            PosixFilePermission.OWNER_EXECUTE));
            for (int i = 0; i < 3; i++) {
                try (DockerHttpClient.Response r = http.execute(ping())) {
                    assertThat(r.getStatusCode()).isEqualTo(200);
                    assertThat(new String(r.getBody().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("saw /_ping");
                }
            }
            assertThat(tunnel.failure(Duration.ZERO)).isEmpty();
        }
        assertThat(socket).doesNotExist();
        assertThat(socket.getParent()).doesNotExist();
    }

    @Test
    void silentLongPolls_doNotStarveNewConnections() throws Exception {
        // each connection says one line; "ping" is answered at once, anything else stays silent like a log follow
        SshTunnel tunnel = SshTunnel.open(fake("read line; [ \"$line\" = ping ] && echo pong; cat >/dev/null"));
        List<SocketChannel> silent = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < SshTunnel.HANDSHAKES + 2; i++) {
                SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(tunnel.socket().getPath())));
                c.write(ByteBuffer.wrap("hold\n".getBytes(StandardCharsets.UTF_8)));
                silent.add(c);
            }
            try (SocketChannel c = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(tunnel.socket().getPath())))) {
                c.write(ByteBuffer.wrap("ping\n".getBytes(StandardCharsets.UTF_8)));
                ByteBuffer answer = ByteBuffer.allocate(5);
                java.util.concurrent.Future<Integer> read = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r);
                    t.setDaemon(true);
                    return t;
                }).submit(() -> c.read(answer));
                assertThat(read.get(SshTunnel.HANDSHAKE_SECONDS * 5L, java.util.concurrent.TimeUnit.SECONDS))
                        .isPositive();
                assertThat(new String(answer.array(), 0, answer.position(), StandardCharsets.UTF_8)).startsWith("pong");
            }
        } finally {
            for (SocketChannel c : silent) {
                c.close();
            }
            tunnel.close();
        }
    }

    @Test
    void sshThatFails_leavesWhatItSaidForTheErrorMessage() throws IOException {
        SshTunnel tunnel = SshTunnel.open(fake("echo 'root@127.0.0.1: Permission denied (publickey).' >&2; exit 255"));
        try (DockerHttpClient http = http(tunnel)) {
            assertThatThrownBy(() -> http.execute(ping()).close()).isInstanceOf(RuntimeException.class);
            assertThat(tunnel.failure(Duration.ofSeconds(5))).hasValueSatisfying(m -> assertThat(m)
                    .startsWith("ssh to me@fake:22 failed (exit 255): \"root@127.0.0.1: Permission denied (publickey).\"")
                    .contains("ssh-agent"));
        }
    }

    @Test
    void missingSshBinary_isNamed() throws IOException {
        SshTunnel tunnel = SshTunnel.open(new SshCommand(List.of("/nonexistent/bin/ssh"), "me@fake"));
        try (DockerHttpClient http = http(tunnel)) {
            assertThatThrownBy(() -> http.execute(ping()).close()).isInstanceOf(RuntimeException.class);
            assertThat(tunnel.failure(Duration.ofSeconds(5))).hasValueSatisfying(m -> assertThat(m)
                    .contains("cannot run `ssh`").contains("install an OpenSSH client"));
        }
    }
}
