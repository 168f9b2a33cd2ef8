package io.github.stackmaven.stack.engine;

import java.time.Duration;
import java.util.Locale;

/**
 * What a build reports as it goes, decoded from the engine's answer (BuildKit's trace, the classic builder's or
 * Buildah's output). BuildKit steps are numbered in the order they first appear; {@link #plainLine()} is the line
 * {@code docker build --progress=plain} prints for the event.
 */
public sealed interface BuildEvent {

    /** The line {@code docker build --progress=plain} prints for this event. */
    String plainLine();

    /** A line of output outside any BuildKit step: the classic builder's and Buildah's output, engine notes. */
    record Output(String line) implements BuildEvent {
        @Override
        public String plainLine() {
            return line;
        }
    }

    /** A BuildKit step began ({@code [builder 2/5] RUN mvn package}). */
    record StepStarted(int step, String name) implements BuildEvent {
        @Override
        public String plainLine() {
            return "#" + step + " " + name;
        }
    }

    /** A line of a step's output; {@code at} is how long after the step's start it began, null when unknown. */
    record StepLog(int step, Duration at, String line) implements BuildEvent {
        @Override
        public String plainLine() {
            return "#" + step + " " + (at == null ? "" : String.format(Locale.ROOT, "%.3f ", at.toNanos() / 1e9))
                    + line;
        }
    }

    /** A task of a step finished (a context transfer, a layer download), with its byte counts (0 when unknown). */
    record StepProgress(int step, String task, long current, long total) implements BuildEvent {
        @Override
        public String plainLine() {
            String sizes = total > 0 ? " " + ByteSize.format(current) + " / " + ByteSize.format(total)
                    : current > 0 ? " " + ByteSize.format(current) : "";
            return "#" + step + " " + task + sizes + " done";
        }
    }

    /** A warning about a step (Dockerfile lint, deprecations). */
    record StepWarning(int step, String message) implements BuildEvent {
        @Override
        public String plainLine() {
            return "#" + step + " WARNING: " + message;
        }
    }

    /** A step whose result came from the build cache. */
    record StepCached(int step) implements BuildEvent {
        @Override
        public String plainLine() {
            return "#" + step + " CACHED";
        }
    }

    /** A step that ran and succeeded. */
    record StepDone(int step, Duration elapsed) implements BuildEvent {
        @Override
        public String plainLine() {
            return "#" + step + " DONE " + String.format(Locale.ROOT, "%.1fs", elapsed.toNanos() / 1e9);
        }
    }

    /** A step that failed (or was cancelled because another one failed). */
    record StepFailed(int step, String error) implements BuildEvent {
        @Override
        public String plainLine() {
            return "#" + step + " ERROR: " + error;
        }
    }
}
