package io.github.stackmaven.stack.engine.docker;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Test helper: encodes protobuf messages field by field with {@link CodedOutputStream}, as buildkit would. */
final class Proto {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

    Proto string(int field, String value) {
        return io(() -> out.writeString(field, value));
    }

    Proto bytes(int field, byte[] value) {
        return io(() -> out.writeByteArray(field, value));
    }

    Proto int64(int field, long value) {
        return io(() -> out.writeInt64(field, value));
    }

    Proto bool(int field, boolean value) {
        return io(() -> out.writeBool(field, value));
    }

    Proto fixed64(int field, long value) {
        return io(() -> out.writeFixed64(field, value));
    }

    Proto message(int field, Proto value) {
        return io(() -> out.writeBytes(field, ByteString.copyFrom(value.toByteArray())));
    }

    Proto time(int field, Instant t) {
        return message(field, new Proto().int64(1, t.getEpochSecond()).int64(2, t.getNano()));
    }

    byte[] toByteArray() {
        io(out::flush);
        return bytes.toByteArray();
    }

    String base64() {
        return Base64.getEncoder().encodeToString(toByteArray());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private Proto io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    // StatusResponse builders with the field numbers of control.proto

    static Proto vertex(String digest, String name) {
        return new Proto().string(1, digest).string(3, name);
    }

    static Proto log(String vertex, Instant at, String msg) {
        return new Proto().string(1, vertex).time(2, at).int64(3, 1).bytes(4, utf8(msg));
    }

    static String response(Proto vertexes, Proto statuses, Proto logs) {
        Proto r = new Proto();
        if (vertexes != null) {
            r.message(1, vertexes);
        }
        if (statuses != null) {
            r.message(2, statuses);
        }
        if (logs != null) {
            r.message(3, logs);
        }
        return r.base64();
    }
}
