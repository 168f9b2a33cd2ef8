package io.github.stackmaven.stack.images;

import java.util.List;

/** The build step that failed: its number and name as printed ({@code #7 [builder 3/5] RUN mvn package}),
 * BuildKit's error and the step's last output lines. */
public record FailedStep(int number, String name, String error, List<String> lastLogLines) {

    public FailedStep {
        lastLogLines = List.copyOf(lastLogLines);
    }
}
