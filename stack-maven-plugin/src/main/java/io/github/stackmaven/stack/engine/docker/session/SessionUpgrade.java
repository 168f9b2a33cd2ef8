package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.BuildSessionRefusedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The HTTP/1.1 exchange that turns a raw engine connection into a session: {@code POST /session} asking for
 * {@code Upgrade: h2c} with the session's id, name, shared key and the gRPC methods we serve; after
 * {@code 101 Switching Protocols} the engine speaks HTTP/2 on the connection as the client.
 */
final class SessionUpgrade {
    private static final int MAX_HEAD = 64 * 1024;

    private SessionUpgrade() {
    }

    static byte[] request(String id, String name, String sharedKey, List<String> methods) {
        StringBuilder head = new StringBuilder()
                .append("POST /session HTTP/1.1\r\n")
                .append("Host: docker\r\n")
                .append("User-Agent: stack-maven-plugin\r\n")
                .append("Upgrade: h2c\r\n")
                .append("Connection: Upgrade\r\n")
                .append("X-Docker-Expose-Session-Uuid: ").append(header(id)).append("\r\n")
                .append("X-Docker-Expose-Session-Name: ").append(header(name)).append("\r\n")
                .append("X-Docker-Expose-Session-Sharedkey: ").append(header(sharedKey)).append("\r\n");
        for (String method : methods) {
            head.append("X-Docker-Expose-Session-Grpc-Method: ").append(header(method)).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the answer's head byte by byte (what follows it is already HTTP/2) and fails unless it is a 101.
     *
     * @throws BuildSessionRefusedException with the engine's status line and message otherwise
     */
    static void expectSwitch(InputStream in) throws IOException {
        String head = readHead(in);
        String status = head.lines().findFirst().orElse("");
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[1].equals("101")) {
            String body = new String(in.readNBytes(Math.min(in.available(), 4096)), StandardCharsets.UTF_8).trim();
            throw new BuildSessionRefusedException("the engine refused a build session (" + status
                    + (body.isEmpty() ? "" : ": " + body) + ")");
        }
    }

    static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new BuildSessionRefusedException("the engine closed the connection instead of answering"
                        + " POST /session");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new BuildSessionRefusedException("the engine's answer to POST /session has no end of head");
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String header(String value) {
        if (value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new IllegalArgumentException("not a header value: " + value);
        }
        return value;
    }
}
