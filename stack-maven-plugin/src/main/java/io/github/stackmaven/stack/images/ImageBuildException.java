package io.github.stackmaven.stack.images;

import java.util.List;

/**
 * An image build that the engine reported as failed: carries the failing step as the build printed it
 * ({@code [builder 3/5] RUN mvn package} or {@code Step 3/5 : RUN mvn package}; null when no step was running),
 * the engine's error and the step's last output lines.
 */
public class ImageBuildException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String step;
    private final String error;
    private final List<String> lastLogLines;

    public ImageBuildException(String step, String error, List<String> lastLogLines) {
        super(io.github.stackmaven.stack.engine.BuildFailedException.describe(step, error, lastLogLines));
        this.step = step;
        this.error = error;
        this.lastLogLines = List.copyOf(lastLogLines);
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
