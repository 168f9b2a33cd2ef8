package io.github.stackmaven.stack.orchestration.wait;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The probe against local servers that behave as a listening service, a port proxy with nothing behind it, or nothing. */
class PortProbeTest {
    private final PortProbe probe = new PortProbe(Duration.ofSeconds(1), Duration.ofMillis(300));

    /** Accepts on a daemon thread; {@code then} decides what happens to each connection. */
    private static ServerSocket serve(java.util.function.Consumer<Socket> then) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    then.accept(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        return server;
    }

    @Test
    void aServerThatHoldsTheConnectionIsListening() throws IOException {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket server = serve(held::add)) {
            PortProbe.Result r = probe.probe("127.0.0.1", server.getLocalPort());
            assertThat(r.listening()).isTrue();
            assertThat(r.detail()).isEqualTo("accepts connections");
        }
    }

    @Test
    void aServerThatSpeaksFirstIsListening() throws IOException {
        try (ServerSocket server = serve(s -> {
            try (s; OutputStream out = s.getOutputStream()) {
                out.write("220 hello\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(500);
            } catch (IOException | InterruptedException e) {
                // the probe has gone
            }
        })) {
            assertThat(probe.probe("127.0.0.1", server.getLocalPort()).listening()).isTrue();
        }
    }

    @Test
    void aProxyThatClosesAtOnceIsNotListening() throws IOException {
        try (ServerSocket server = serve(s -> {
            try {
                s.close();
            } catch (IOException e) {
                // closed anyway
            }
        })) {
            PortProbe.Result r = probe.probe("127.0.0.1", server.getLocalPort());
            assertThat(r.listening()).isFalse();
            assertThat(r.detail()).contains("closes connections at once");
        }
    }

    @Test
    void aPortNobodyBoundIsNotListening() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        PortProbe.Result r = probe.probe("127.0.0.1", port);
        assertThat(r.listening()).isFalse();
        assertThat(r.detail()).startsWith("does not accept connections");
    }
}
