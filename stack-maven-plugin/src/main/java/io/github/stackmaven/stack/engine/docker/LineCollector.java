package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the engine's log frames into whole lines: frames may split or join lines, and stdout and stderr interleave,
 * so each stream keeps its own partial line until its newline arrives.
 */
final class LineCollector extends ResultCallback.Adapter<Frame> {
    private final Consumer<String> sink;
    private final Map<StreamType, ByteArrayOutputStream> partial = new EnumMap<>(StreamType.class);
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    LineCollector(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public void onNext(Frame frame) {
        ByteArrayOutputStream buffer = partial.computeIfAbsent(frame.getStreamType(), t -> new ByteArrayOutputStream());
        synchronized (buffer) {
            for (byte b : frame.getPayload()) {
                if (b == '\n') {
                    emit(buffer);
                } else {
                    buffer.write(b);
                }
            }
        }
    }

    /** A broken or closed log stream ends the log, nothing more: the stack itself is unaffected. */
    @Override
    public void onError(Throwable throwable) {
        try {
            close();
        } catch (java.io.IOException e) {
            // already closing
        }
    }

    @Override
    public void onComplete() {
        flush();
        super.onComplete();
        ended.countDown();
    }

    @Override
    public void close() throws java.io.IOException {
        flush();
        super.close();
        ended.countDown();
    }

    /**
     * Waits until the stream ended (completed, failed or closed). Unlike docker-java's
     * {@code awaitCompletion(timeout)}, which closes the stream when it returns, this leaves a running stream open.
     */
    boolean awaitEnd(java.time.Duration timeout) throws InterruptedException {
        return ended.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private void flush() {
        partial.values().forEach(buffer -> {
            synchronized (buffer) {
                if (buffer.size() > 0) {
                    emit(buffer);
                }
            }
        });
    }

    private void emit(ByteArrayOutputStream buffer) {
        String line = buffer.toString(StandardCharsets.UTF_8);
        buffer.reset();
        sink.accept(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
}
