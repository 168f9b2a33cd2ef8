package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.SyncedDir;
import io.github.stackmaven.stack.engine.docker.session.proto.FileSyncGrpc;
import io.github.stackmaven.stack.engine.docker.session.proto.Packet;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

import java.util.List;
import java.util.Map;

/**
 * {@code moby.filesync.v1.FileSync}: BuildKit pulls a directory of the session with {@code DiffCopy}, naming it in
 * the {@code dir-name} metadata and filtering it with {@code include-patterns} / {@code exclude-patterns}, or
 * naming the few paths it wants in {@code followpaths} (sent, with their parent directories, as include patterns).
 */
final class FileSyncService extends FileSyncGrpc.FileSyncImplBase {
    private static final Metadata.Key<String> DIR_NAME = key("dir-name");
    private static final Metadata.Key<String> INCLUDES = key("include-patterns");
    private static final Metadata.Key<String> EXCLUDES = key("exclude-patterns");
    /** The Dockerfile frontend asks for single files (the Dockerfile, .dockerignore) by path. */
    private static final Metadata.Key<String> FOLLOW_PATHS = key("followpaths");

    private final Map<String, SyncedDir> dirs;
    private final SessionCounters counters;

    FileSyncService(Map<String, SyncedDir> dirs, SessionCounters counters) {
        this.dirs = dirs;
        this.counters = counters;
    }

    @Override
    public StreamObserver<Packet> diffCopy(StreamObserver<Packet> responses) {
        Metadata headers = SessionServer.HEADERS.get();
        String name = headers == null ? null : headers.get(DIR_NAME);
        SyncedDir dir = name == null ? null : dirs.get(name);
        if (dir == null) {
            responses.onError(Status.NOT_FOUND.withDescription("no access allowed to dir \"" + name + "\"")
                    .asRuntimeException());
            return new Ignoring();
        }
        List<String> includes = new java.util.ArrayList<>(all(headers, INCLUDES));
        includes.addAll(all(headers, FOLLOW_PATHS));
        DiffCopySender sender = new DiffCopySender(dir, includes, all(headers, EXCLUDES),
                (ServerCallStreamObserver<Packet>) responses, counters);
        sender.start();
        return sender;
    }

    /**
     * Every value of a metadata key; BuildKit query-escapes values that are not plain ASCII and then says so with
     * {@code <key>-encoded: 1}.
     */
    static List<String> all(Metadata headers, Metadata.Key<String> key) {
        Iterable<String> values = headers.getAll(key);
        if (values == null) {
            return List.of();
        }
        String flag = headers.get(key(key.name() + "-encoded"));
        boolean encoded = "1".equals(flag) || "true".equalsIgnoreCase(flag) || "t".equalsIgnoreCase(flag);
        List<String> list = new java.util.ArrayList<>();
        values.forEach(v -> list.add(encoded ? java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8)
                : v));
        return list;
    }

    static Metadata.Key<String> key(String name) {
        return Metadata.Key.of(name, Metadata.ASCII_STRING_MARSHALLER);
    }

    private static final class Ignoring implements StreamObserver<Packet> {
        @Override
        public void onNext(Packet value) {
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onCompleted() {
        }
    }
}
