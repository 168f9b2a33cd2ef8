package io.github.stackmaven.stack.orchestration.wait;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Well-known servers are ready when their protocol says so, not when their port accepts. */
class ProtocolTest {
    private final PortProbe probe = new PortProbe(Duration.ofSeconds(1), Duration.ofMillis(300));

    /** A server that gives the n-th connection the n-th answer (the last one from then on). */
    private static ServerSocket answering(List<byte[]> answers, boolean readsStartup) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger n = new AtomicInteger();
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    DataInputStream in = new DataInputStream(s.getInputStream());
                    if (readsStartup) {
                        in.readNBytes(in.readInt() - 4);
                    } else {
                        in.readNBytes(6); // PING\r\n
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(answers.get(Math.min(n.getAndIncrement(), answers.size() - 1)));
                    out.flush();
                    Thread.sleep(100);
                } catch (IOException | InterruptedException e) {
                    // next
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    private static byte[] pgMessage(char type, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).put((byte) type).putInt(4 + body.length).put(body).array();
    }

    @Test
    void aPostgresStillStartingUpIsNotReady_thenItsAuthRequestIs() throws IOException {
        byte[] startingUp = pgMessage('E', "SFATAL\0C57P03\0Mthe database system is starting up\0\0"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] auth = pgMessage('R', ByteBuffer.allocate(4).putInt(5).array());
        try (ServerSocket server = answering(List.of(startingUp, auth), true)) {
            PortProbe.Result first = probe.probe("127.0.0.1", server.getLocalPort(), Protocol.POSTGRES);
            assertThat(first.listening()).isFalse();
            assertThat(first.detail()).isEqualTo("PostgreSQL is starting up");
            assertThat(probe.probe("127.0.0.1", server.getLocalPort(), Protocol.POSTGRES).listening()).isTrue();
        }
    }

    @Test
    void aPostgresThatRefusesTheProbesRoleStillServes() throws IOException {
        byte[] noRole = pgMessage('E', "SFATAL\0C28000\0Mrole \"stack\" does not exist\0\0"
                .getBytes(StandardCharsets.US_ASCII));
        try (ServerSocket server = answering(List.of(noRole), true)) {
            assertThat(probe.probe("127.0.0.1", server.getLocalPort(), Protocol.POSTGRES).listening()).isTrue();
        }
    }

    @Test
    void aRedisLoadingItsDataIsNotReady_thenPongIs() throws IOException {
        try (ServerSocket server = answering(List.of(
                "-LOADING Redis is loading the dataset in memory\r\n".getBytes(StandardCharsets.US_ASCII),
                "+PONG\r\n".getBytes(StandardCharsets.US_ASCII)), false)) {
            PortProbe.Result first = probe.probe("127.0.0.1", server.getLocalPort(), Protocol.REDIS);
            assertThat(first.listening()).isFalse();
            assertThat(first.detail()).isEqualTo("Redis is loading its data");
            assertThat(probe.probe("127.0.0.1", server.getLocalPort(), Protocol.REDIS).listening()).isTrue();
        }
    }

    @Test
    void imagesAreRecognisedOnTheirUsualPortOnly() {
        assertThat(Protocol.of("postgres:16", 5432)).isEqualTo(Protocol.POSTGRES);
        assertThat(Protocol.of("docker.io/library/postgres:16-alpine@sha256:abc", 5432)).isEqualTo(Protocol.POSTGRES);
        assertThat(Protocol.of("bitnami/postgresql", 5432)).isEqualTo(Protocol.POSTGRES);
        assertThat(Protocol.of("127.0.0.1:5000/redis:7", 6379)).isEqualTo(Protocol.REDIS);
        assertThat(Protocol.of("postgres:16", 9187)).isNull();
        assertThat(Protocol.of("stack-it/postgres:15", 5432)).isEqualTo(Protocol.POSTGRES);
        assertThat(Protocol.of("myapp:1.0", 5432)).isNull();
    }
}
