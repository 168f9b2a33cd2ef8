package io.github.stackmaven.stack.engine.docker;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Decodes the base64 protobuf {@code moby.buildkit.v1.StatusResponse} carried by {@code moby.buildkit.trace}
 * aux messages, walking tags with protobuf-java's {@link CodedInputStream} (no generated classes).
 * Field numbers follow buildkit's {@code api/services/control/control.proto}; unknown fields are skipped.
 */
final class BuildkitTrace {

    private BuildkitTrace() {
    }

    static TraceUpdate decode(String base64) throws BuildkitTraceException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new BuildkitTraceException(base64, "not base64", e);
        }
        return decode(bytes, base64);
    }

    /** A StatusResponse as protobuf bytes (a build that talks to BuildKit's control API directly). */
    static TraceUpdate decode(byte[] bytes) throws BuildkitTraceException {
        return decode(bytes, Base64.getEncoder().encodeToString(bytes));
    }

    private static TraceUpdate decode(byte[] bytes, String base64) throws BuildkitTraceException {
        try {
            return statusResponse(CodedInputStream.newInstance(bytes));
        } catch (IOException | RuntimeException e) {
            throw new BuildkitTraceException(base64, "malformed protobuf: " + e.getMessage(), e);
        }
    }

    private static TraceUpdate statusResponse(CodedInputStream in) throws IOException {
        List<TraceVertex> vertexes = new ArrayList<>();
        List<TraceStatus> statuses = new ArrayList<>();
        List<TraceLog> logs = new ArrayList<>();
        List<TraceWarning> warnings = new ArrayList<>();
        int tag;
        while ((tag = in.readTag()) != 0) {
            switch (tag) {
                case 1 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED:
                    vertexes.add(TraceMessages.vertex(in.readBytes().newCodedInput()));
                    break;
                case 2 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED:
                    statuses.add(TraceMessages.status(in.readBytes().newCodedInput()));
                    break;
                case 3 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED:
                    logs.add(TraceMessages.log(in.readBytes().newCodedInput()));
                    break;
                case 4 << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED:
                    warnings.add(TraceMessages.warning(in.readBytes().newCodedInput()));
                    break;
                default:
                    in.skipField(tag);
            }
        }
        return new TraceUpdate(vertexes, statuses, logs, warnings);
    }

    /** {@code google.protobuf.Timestamp}: seconds = 1, nanos = 2. */
    static Instant timestamp(ByteString bytes) throws IOException {
        CodedInputStream in = bytes.newCodedInput();
        long seconds = 0;
        int nanos = 0;
        int tag;
        while ((tag = in.readTag()) != 0) {
            if (tag == (1 << 3 | WireFormat.WIRETYPE_VARINT)) {
                seconds = in.readInt64();
            } else if (tag == (2 << 3 | WireFormat.WIRETYPE_VARINT)) {
                nanos = in.readInt32();
            } else {
                in.skipField(tag);
            }
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }
}
