package io.github.stackmaven.stack.engine.docker;

import io.github.stackmaven.stack.engine.BuildEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the stream of BuildKit status updates into {@link BuildEvent}s, in the order
 * {@code docker build --progress=plain} prints them: each step started once, then its output lines, its finished
 * tasks, and cached, done or failed. Steps are numbered in the order they first appear.
 * Not thread-safe: feed it from the thread that reads the build response.
 */
final class BuildkitSteps {

    static final int DEFAULT_TAIL_LINES = 20;

    /** The build step that failed: its number and name, BuildKit's error and the step's last output lines. */
    record FailedStep(int number, String name, String error, List<String> lastLogLines) {
        FailedStep {
            lastLogLines = List.copyOf(lastLogLines);
        }
    }

    private final Consumer<BuildEvent> out;
    private final int tailLines;
    private final Map<String, VertexState> vertexes = new LinkedHashMap<>();
    private final Map<String, Boolean> finishedStatuses = new LinkedHashMap<>();
    private VertexState firstFailure;

    BuildkitSteps(Consumer<BuildEvent> out) {
        this(out, DEFAULT_TAIL_LINES);
    }

    /** @param tailLines how many output lines of each step to keep for {@link #failure()} */
    BuildkitSteps(Consumer<BuildEvent> out, int tailLines) {
        this.out = out;
        this.tailLines = tailLines;
    }

    void accept(TraceUpdate update) {
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
                out.accept(new BuildEvent.StepProgress(state.number, s.id(), s.current(), s.total()));
            }
        }
        for (TraceLog log : update.logs()) {
            VertexState state = state(log.vertex());
            announce(state);
            state.addOutput(log.msg(), log.timestamp(), (line, began) -> printLine(state, line, began));
        }
        for (TraceWarning w : update.warnings()) {
            out.accept(new BuildEvent.StepWarning(state(w.vertex()).number, w.shortMessage()));
        }
        for (VertexState state : vertexes.values()) {
            if (state.completed != null && !state.finished) {
                finish(state);
            }
        }
    }

    /** Reports what is still pending (an output line without its newline) when the stream ends. */
    void finish() {
        for (VertexState state : vertexes.values()) {
            Instant time = state.lineTime();
            String rest = state.flush();
            if (rest != null) {
                printLine(state, rest, time);
            }
        }
    }

    /** The first step that failed, with its name, error and last output lines. */
    Optional<FailedStep> failure() {
        return Optional.ofNullable(firstFailure)
                .map(s -> new FailedStep(s.number, s.name, s.error, s.tail()));
    }

    /** Names of the steps seen so far, in order of appearance. */
    List<String> stepNames() {
        return vertexes.values().stream().map(s -> s.name).toList();
    }

    private VertexState state(String digest) {
        return vertexes.computeIfAbsent(digest, d -> new VertexState(vertexes.size() + 1, tailLines));
    }

    private void announce(VertexState state) {
        if (!state.announced) {
            state.announced = true;
            out.accept(new BuildEvent.StepStarted(state.number, state.name));
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
            out.accept(new BuildEvent.StepFailed(state.number, state.error));
            if (firstFailure == null || isCancellation(firstFailure.error) && !isCancellation(state.error)) {
                firstFailure = state; // steps cancelled because another one failed are not the cause
            }
        } else if (state.cached) {
            out.accept(new BuildEvent.StepCached(state.number));
        } else {
            out.accept(new BuildEvent.StepDone(state.number, between(state.started, state.completed)));
        }
    }

    private void printLine(VertexState state, String line, Instant time) {
        out.accept(new BuildEvent.StepLog(state.number, state.started != null && time != null
                ? between(state.started, time) : null, line));
    }

    private static boolean isCancellation(String error) {
        return error.contains("context canceled") || error.equals("canceled");
    }

    private static Duration between(Instant from, Instant to) {
        if (from == null || to == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(from, to);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
