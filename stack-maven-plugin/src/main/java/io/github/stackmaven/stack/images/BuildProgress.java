package io.github.stackmaven.stack.images;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the stream of BuildKit status updates into the lines {@code docker build --progress=plain} prints:
 * {@code #3 [builder 2/5] RUN ...} once per step, then {@code #3 0.512 <output>}, {@code #3 CACHED},
 * {@code #3 DONE 1.2s} or {@code #3 ERROR: ...}. Steps are numbered in the order they first appear.
 * Not thread-safe: feed it from the thread that reads the build response.
 */
public final class BuildProgress {

    public static final int DEFAULT_TAIL_LINES = 20;

    private final Consumer<String> out;
    private final int tailLines;
    private final Map<String, VertexState> vertexes = new LinkedHashMap<>();
    private final Map<String, Boolean> finishedStatuses = new LinkedHashMap<>();
    private VertexState firstFailure;

    public BuildProgress(Consumer<String> out) {
        this(out, DEFAULT_TAIL_LINES);
    }

    /** @param tailLines how many output lines of each step to keep for {@link #failure()} */
    public BuildProgress(Consumer<String> out, int tailLines) {
        this.out = out;
        this.tailLines = tailLines;
    }

    public void accept(TraceUpdate update) {
        for (TraceVertex v : update.vertexes()) {
            VertexState state = state(v.digest());
            state.merge(v);
            if (state.started != null || state.cached || state.completed != null) {
                announce(state);
            }
        }
        for (TraceStatus s : update.statuses()) {
            if (s.completed() != null && finishedStatuses.put(s.vertex() + "\0" + s.id(), true) == null) {
                VertexState state = state(s.vertex());
                announce(state);
                out.accept(prefix(state) + s.id() + sizes(s) + " done");
            }
        }
        for (TraceLog log : update.logs()) {
            VertexState state = state(log.vertex());
            announce(state);
            state.addOutput(log.msg(), log.timestamp(), (line, began) -> printLine(state, line, began));
        }
        for (TraceWarning w : update.warnings()) {
            VertexState state = state(w.vertex());
            out.accept(prefix(state) + "WARNING: " + w.shortMessage());
        }
        for (VertexState state : vertexes.values()) {
            if (state.completed != null && !state.finished) {
                finish(state);
            }
        }
    }

    /** Prints what is still pending (an output line without its newline) when the stream ends. */
    public void finish() {
        for (VertexState state : vertexes.values()) {
            Instant time = state.lineTime();
            String rest = state.flush();
            if (rest != null) {
                printLine(state, rest, time);
            }
        }
    }

    /** The first step that failed, with its name, error and last output lines. */
    public Optional<FailedStep> failure() {
        return Optional.ofNullable(firstFailure)
                .map(s -> new FailedStep(s.number, s.name, s.error, s.tail()));
    }

    /** Names of the steps seen so far, in order of appearance. */
    public List<String> stepNames() {
        return vertexes.values().stream().map(s -> s.name).toList();
    }

    private VertexState state(String digest) {
        return vertexes.computeIfAbsent(digest, d -> new VertexState(vertexes.size() + 1, tailLines));
    }

    private void announce(VertexState state) {
        if (!state.announced) {
            state.announced = true;
            out.accept(prefix(state) + state.name);
        }
    }

    private void finish(VertexState state) {
        state.finished = true;
        Instant time = state.lineTime();
        String rest = state.flush();
        if (rest != null) {
            printLine(state, rest, time);
        }
        if (!state.error.isEmpty()) {
            out.accept(prefix(state) + "ERROR: " + state.error);
            if (firstFailure == null || isCancellation(firstFailure.error) && !isCancellation(state.error)) {
                firstFailure = state; // steps cancelled because another one failed are not the cause
            }
        } else if (state.cached) {
            out.accept(prefix(state) + "CACHED");
        } else {
            out.accept(prefix(state) + "DONE " + String.format(Locale.ROOT, "%.1fs",
                    seconds(state.started, state.completed)));
        }
    }

    private void printLine(VertexState state, String line, Instant time) {
        if (state.started != null && time != null) {
            out.accept(prefix(state) + String.format(Locale.ROOT, "%.3f ", seconds(state.started, time)) + line);
        } else {
            out.accept(prefix(state) + line);
        }
    }

    private static boolean isCancellation(String error) {
        return error.contains("context canceled") || error.equals("canceled");
    }

    private static String prefix(VertexState state) {
        return "#" + state.number + " ";
    }

    private static double seconds(Instant from, Instant to) {
        if (from == null || to == null) {
            return 0;
        }
        return Math.max(0, Duration.between(from, to).toNanos()) / 1e9;
    }

    private static String sizes(TraceStatus s) {
        if (s.total() > 0) {
            return " " + ByteSize.format(s.current()) + " / " + ByteSize.format(s.total());
        }
        return s.current() > 0 ? " " + ByteSize.format(s.current()) : "";
    }
}
