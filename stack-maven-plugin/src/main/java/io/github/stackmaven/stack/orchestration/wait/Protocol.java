package io.github.stackmaven.stack.orchestration.wait;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Well-known servers whose own protocol tells "ready" apart from "accepts connections but turns them away": a
 * PostgreSQL that is still starting up answers a startup message with error 57P03, a Redis that is still loading its
 * data answers PING with {@code -LOADING}. Any other answer in the protocol means the server serves.
 */
public enum Protocol {
    POSTGRES(5432, "postgres", "postgresql", "postgis") {
        @Override
        Answer ask(InputStream in, OutputStream out) throws IOException {
            byte[] user = "user\0stack\0database\0stack\0\0".getBytes(StandardCharsets.US_ASCII);
            ByteBuffer startup = ByteBuffer.allocate(8 + user.length);
            startup.putInt(8 + user.length).putInt(196608).put(user); // protocol 3.0
            out.write(startup.array());
            out.flush();
            DataInputStream data = new DataInputStream(in);
            int type = data.read();
            if (type < 0) {
                return Answer.NO;
            }
            if (type != 'E') {
                return Answer.YES; // an authentication request: it serves
            }
            int length = data.readInt();
            byte[] body = data.readNBytes(Math.max(0, Math.min(length - 4, 4096)));
            String fields = new String(body, StandardCharsets.UTF_8);
            return fields.contains("C57P03") ? Answer.no("PostgreSQL is starting up") : Answer.YES;
        }
    },
    REDIS(6379, "redis", "redis-stack-server", "valkey") {
        @Override
        Answer ask(InputStream in, OutputStream out) throws IOException {
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 64; c = in.read()) {
                line.append((char) c);
            }
            String answer = line.toString();
            if (answer.isEmpty()) {
                return Answer.NO;
            }
            return answer.startsWith("-LOADING") ? Answer.no("Redis is loading its data") : Answer.YES;
        }
    };

    /** What the server said. */
    record Answer(boolean ready, String detail) {
        static final Answer YES = new Answer(true, null);
        static final Answer NO = new Answer(false, "closes connections at once (nothing listens yet)");

        static Answer no(String detail) {
            return new Answer(false, detail);
        }
    }

    private final int port;
    private final java.util.Set<String> repositories;

    Protocol(int port, String... repositories) {
        this.port = port;
        this.repositories = java.util.Set.of(repositories);
    }

    abstract Answer ask(InputStream in, OutputStream out) throws IOException;

    /** The protocol of an official image's usual port ({@code postgres:16} on 5432, ...), or null. */
    public static Protocol of(String image, int containerPort) {
        if (image == null) {
            return null;
        }
        String name = image.toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        name = at < 0 ? name : name.substring(0, at);
        int slash = name.lastIndexOf('/');
        int colon = name.lastIndexOf(':');
        String repo = colon > slash ? name.substring(slash + 1, colon) : name.substring(slash + 1);
        for (Protocol p : values()) {
            if (p.port == containerPort && p.repositories.contains(repo)) {
                return p;
            }
        }
        return null;
    }
}
