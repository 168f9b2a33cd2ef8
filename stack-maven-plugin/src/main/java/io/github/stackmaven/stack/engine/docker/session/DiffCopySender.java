package io.github.stackmaven.stack.engine.docker.session;

import com.google.protobuf.ByteString;
import io.github.stackmaven.stack.engine.SyncedDir;
import io.github.stackmaven.stack.engine.docker.session.proto.Packet;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The sending side of fsutil's DiffCopy stream: one STAT packet per entry in walk order (the entry's number is its
 * id), an empty STAT to end the list; then, for each REQ the engine sends for a file it lacks, that file's content
 * as DATA packets ended by an empty one; FIN answered with FIN. Everything is sent from one thread, in order, and
 * only as fast as the engine reads.
 */
final class DiffCopySender implements StreamObserver<Packet> {
    private static final int CHUNK = 32 * 1024;

    private final SyncedDir dir;
    private final List<String> includes;
    private final List<String> excludes;
    private final ServerCallStreamObserver<Packet> out;
    private final SessionCounters counters;
    private final ExecutorService sending;
    private final List<Path> files = new ArrayList<>();
    private final Object ready = new Object();
    private volatile boolean ended;

    DiffCopySender(SyncedDir dir, List<String> includes, List<String> excludes,
                   ServerCallStreamObserver<Packet> out, SessionCounters counters) {
        this.dir = dir;
        this.includes = includes;
        this.excludes = excludes;
        this.out = out;
        this.counters = counters;
        this.sending = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "stack-session-diffcopy");
            t.setDaemon(true);
            return t;
        });
        out.setOnReadyHandler(() -> {
            synchronized (ready) {
                ready.notifyAll();
            }
        });
        out.setOnCancelHandler(this::end);
    }

    void start() {
        counters.transfers.incrementAndGet();
        sending.execute(() -> {
            try {
                dir.walk(includes, excludes, (relative, file, attrs) -> {
                    send(Packet.newBuilder().setType(Packet.PacketType.PACKET_STAT)
                            .setStat(FsStats.of(relative, file, attrs)).build());
                    files.add(attrs.isRegularFile() ? file : null);
                });
                send(Packet.newBuilder().setType(Packet.PacketType.PACKET_STAT).build());
            } catch (IOException | RuntimeException e) {
                fail("cannot read the build context: " + e.getMessage());
            }
        });
    }

    @Override
    public void onNext(Packet packet) {
        switch (packet.getType()) {
            case PACKET_REQ -> submit(() -> sendFile(packet.getID()));
            case PACKET_FIN -> submit(() -> {
                send(Packet.newBuilder().setType(Packet.PacketType.PACKET_FIN).build());
                if (!ended) {
                    out.onCompleted();
                }
                end();
            });
            case PACKET_ERR -> submit(() -> {
                if (!ended) {
                    out.onError(Status.ABORTED.withDescription("error from receiver: "
                            + packet.getData().toStringUtf8()).asRuntimeException());
                }
                end();
            });
            default -> {
                // hash packets are not used by BuildKit's local sources
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        end();
    }

    @Override
    public void onCompleted() {
        // the engine half-closes after its FIN; the FIN answer completes the stream
    }

    private void sendFile(int id) {
        Path file = id >= 0 && id < files.size() ? files.get(id) : null;
        if (file == null) {
            fail("invalid file request " + id);
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                send(Packet.newBuilder().setType(Packet.PacketType.PACKET_DATA).setID(id)
                        .setData(ByteString.copyFrom(buffer, 0, n)).build());
                counters.bytes.addAndGet(n);
            }
            send(Packet.newBuilder().setType(Packet.PacketType.PACKET_DATA).setID(id).build());
            counters.files.incrementAndGet();
        } catch (IOException e) {
            fail("cannot read " + file + ": " + e.getMessage());
        }
    }

    private void send(Packet packet) {
        synchronized (ready) {
            while (!out.isReady() && !ended) {
                try {
                    ready.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    end();
                }
            }
        }
        if (!ended) {
            out.onNext(packet);
        }
    }

    private void fail(String message) {
        send(Packet.newBuilder().setType(Packet.PacketType.PACKET_ERR).setData(ByteString.copyFromUtf8(message))
                .build());
        if (!ended) {
            out.onError(Status.INTERNAL.withDescription(message).asRuntimeException());
        }
        end();
    }

    /** Runs on the sending thread, after what was queued before: the stream is never written from two threads. */
    private void submit(Runnable task) {
        if (!ended) {
            try {
                sending.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the stream ended meanwhile
            }
        }
    }

    private void end() {
        ended = true;
        sending.shutdown();
    }
}
