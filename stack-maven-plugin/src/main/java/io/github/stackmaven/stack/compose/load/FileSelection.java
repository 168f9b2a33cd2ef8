package io.github.stackmaven.stack.compose.load;

import java.nio.file.Path;
import java.util.List;

/** The compose files chosen for an environment, and why (for {@code stack:config} to print). */
public record FileSelection(List<Path> files, String reason) {

    public FileSelection {
        files = List.copyOf(files);
    }
}
