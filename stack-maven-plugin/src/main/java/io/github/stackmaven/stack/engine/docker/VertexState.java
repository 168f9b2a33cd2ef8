package io.github.stackmaven.stack.engine.docker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;

/** What is known so far about one vertex, merged from repeated updates, plus its unfinished output line. */
final class VertexState {

    final int number;
    String name = "";
    boolean cached;
    Instant started;
    Instant completed;
    String error = "";
    boolean announced;
    boolean finished;

    private final int tailSize;
    private final Deque<String> tail = new ArrayDeque<>();
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private Instant partialTime;

    VertexState(int number, int tailSize) {
        this.number = number;
        this.tailSize = tailSize;
    }

    void merge(TraceVertex v) {
        if (!v.name().isEmpty()) {
            name = v.name();
        }
        cached |= v.cached();
        if (v.started() != null && (started == null || v.started().isBefore(started))) {
            started = v.started();
        }
        if (v.completed() != null) {
            completed = v.completed();
        }
        if (!v.error().isEmpty()) {
            error = v.error();
        }
    }

    /** Adds a chunk of output and hands each line it completes to {@code lines}, with the time the line began. */
    void addOutput(byte[] chunk, Instant time, BiConsumer<String, Instant> lines) {
        for (byte b : chunk) {
            if (partial.size() == 0 && partialTime == null) {
                partialTime = time;
            }
            if (b == '\n') {
                Instant began = partialTime;
                lines.accept(takeLine(), began);
            } else {
                partial.write(b);
            }
        }
    }

    /** The unfinished last line, if any, as if it had ended (read {@link #lineTime()} first). */
    String flush() {
        return partial.size() == 0 ? null : takeLine();
    }

    Instant lineTime() {
        return partialTime;
    }

    private String takeLine() {
        String line = partial.toString(StandardCharsets.UTF_8);
        partial.reset();
        partialTime = null;
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        int cr = line.lastIndexOf('\r');
        if (cr >= 0) {
            line = line.substring(cr + 1); // a terminal would show only what was written after the last CR
        }
        tail.addLast(line);
        while (tail.size() > tailSize) {
            tail.removeFirst();
        }
        return line;
    }

    List<String> tail() {
        return List.copyOf(tail);
    }
}
