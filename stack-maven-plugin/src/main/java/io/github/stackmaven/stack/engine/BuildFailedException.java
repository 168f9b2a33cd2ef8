package io.github.stackmaven.stack.engine;

import java.util.List;

/**
 * A build that the engine reported as failed: the target being built, the failing step as the build printed it
 * ({@code #7 [builder 3/5] RUN mvn package} or {@code Step 3/5 : RUN mvn package}; null when no step was running),
 * the engine's error and the step's last output lines.
 */
public class BuildFailedException extends EngineException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String step;
    private final String error;
    private final List<String> lastLogLines;

    public BuildFailedException(String target, String step, String error, List<String> lastLogLines) {
        super(describe(step, error, lastLogLines));
        this.target = target;
        this.step = step;
        this.error = error;
        this.lastLogLines = List.copyOf(lastLogLines);
    }

    /** The message of a failed build: the step, the engine's error and the step's last output lines. */
    public static String describe(String step, String error, List<String> lines) {
        StringBuilder m = new StringBuilder("Image build failed");
        if (step != null) {
            m.append(" at step '").append(step).append('\'');
        }
        m.append(": ").append(error);
        if (!lines.isEmpty()) {
            m.append("\nLast output of that step:");
            lines.forEach(l -> m.append("\n  ").append(l));
        }
        return m.toString();
    }

    /** The Dockerfile stage being built; null for the last one. */
    public String target() {
        return target;
    }

    public String step() {
        return step;
    }

    public String error() {
        return error;
    }

    public List<String> lastLogLines() {
        return lastLogLines;
    }
}
