package io.github.stackmaven.stack.engine.docker;

import static com.google.protobuf.WireFormat.WIRETYPE_LENGTH_DELIMITED;
import static com.google.protobuf.WireFormat.WIRETYPE_VARINT;

import com.google.protobuf.CodedInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The nested messages of a StatusResponse; each reader skips fields it does not know or wire types it does not expect. */
final class TraceMessages {

    private static final int LEN = WIRETYPE_LENGTH_DELIMITED;

    private TraceMessages() {
    }

    private static int tag(int field, int wireType) {
        return field << 3 | wireType;
    }

    /** Vertex: digest 1, inputs 2, name 3, cached 4, started 5, completed 6, error 7 (progressGroup 8 skipped). */
    static TraceVertex vertex(CodedInputStream in) throws IOException {
        String digest = "";
        List<String> inputs = new ArrayList<>();
        String name = "";
        boolean cached = false;
        Instant started = null;
        Instant completed = null;
        String error = "";
        int t;
        while ((t = in.readTag()) != 0) {
            if (t == tag(1, LEN)) {
                digest = in.readString();
            } else if (t == tag(2, LEN)) {
                inputs.add(in.readString());
            } else if (t == tag(3, LEN)) {
                name = in.readString();
            } else if (t == tag(4, WIRETYPE_VARINT)) {
                cached = in.readBool();
            } else if (t == tag(5, LEN)) {
                started = BuildkitTrace.timestamp(in.readBytes());
            } else if (t == tag(6, LEN)) {
                completed = BuildkitTrace.timestamp(in.readBytes());
            } else if (t == tag(7, LEN)) {
                error = in.readString();
            } else {
                in.skipField(t);
            }
        }
        return new TraceVertex(digest, inputs, name, cached, started, completed, error);
    }

    /** VertexStatus: ID 1, vertex 2, name 3, current 4, total 5, timestamp 6, started 7, completed 8. */
    static TraceStatus status(CodedInputStream in) throws IOException {
        String id = "";
        String vertex = "";
        String name = "";
        long current = 0;
        long total = 0;
        Instant timestamp = null;
        Instant started = null;
        Instant completed = null;
        int t;
        while ((t = in.readTag()) != 0) {
            if (t == tag(1, LEN)) {
                id = in.readString();
            } else if (t == tag(2, LEN)) {
                vertex = in.readString();
            } else if (t == tag(3, LEN)) {
                name = in.readString();
            } else if (t == tag(4, WIRETYPE_VARINT)) {
                current = in.readInt64();
            } else if (t == tag(5, WIRETYPE_VARINT)) {
                total = in.readInt64();
            } else if (t == tag(6, LEN)) {
                timestamp = BuildkitTrace.timestamp(in.readBytes());
            } else if (t == tag(7, LEN)) {
                started = BuildkitTrace.timestamp(in.readBytes());
            } else if (t == tag(8, LEN)) {
                completed = BuildkitTrace.timestamp(in.readBytes());
            } else {
                in.skipField(t);
            }
        }
        return new TraceStatus(id, vertex, name, current, total, timestamp, started, completed);
    }

    /** VertexLog: vertex 1, timestamp 2, stream 3, msg 4. */
    static TraceLog log(CodedInputStream in) throws IOException {
        String vertex = "";
        Instant timestamp = null;
        long stream = 0;
        byte[] msg = new byte[0];
        int t;
        while ((t = in.readTag()) != 0) {
            if (t == tag(1, LEN)) {
                vertex = in.readString();
            } else if (t == tag(2, LEN)) {
                timestamp = BuildkitTrace.timestamp(in.readBytes());
            } else if (t == tag(3, WIRETYPE_VARINT)) {
                stream = in.readInt64();
            } else if (t == tag(4, LEN)) {
                msg = in.readByteArray();
            } else {
                in.skipField(t);
            }
        }
        return new TraceLog(vertex, timestamp, stream, msg);
    }

    /** VertexWarning: vertex 1, level 2, short 3, detail 4, url 5 (info 6 and ranges 7 skipped). */
    static TraceWarning warning(CodedInputStream in) throws IOException {
        String vertex = "";
        long level = 0;
        String shortMessage = "";
        List<String> detail = new ArrayList<>();
        String url = "";
        int t;
        while ((t = in.readTag()) != 0) {
            if (t == tag(1, LEN)) {
                vertex = in.readString();
            } else if (t == tag(2, WIRETYPE_VARINT)) {
                level = in.readInt64();
            } else if (t == tag(3, LEN)) {
                shortMessage = in.readBytes().toStringUtf8();
            } else if (t == tag(4, LEN)) {
                detail.add(in.readBytes().toStringUtf8());
            } else if (t == tag(5, LEN)) {
                url = in.readString();
            } else {
                in.skipField(t);
            }
        }
        return new TraceWarning(vertex, level, shortMessage, detail, url);
    }
}
