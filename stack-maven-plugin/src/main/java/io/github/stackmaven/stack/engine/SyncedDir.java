package io.github.stackmaven.stack.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * A directory a build session offers the engine ({@code context}, {@code dockerfile}): the caller decides which
 * entries it holds (its ignore rules, and the include/exclude patterns the engine's frontend asks with) and in which
 * order (depth first, names sorted by their bytes, a directory before what it holds).
 */
public interface SyncedDir {

    /**
     * Visits each entry to send.
     *
     * @param includePatterns the engine's {@code include-patterns} (empty: everything)
     * @param excludePatterns the engine's {@code exclude-patterns} (empty: the directory's own rules)
     */
    void walk(List<String> includePatterns, List<String> excludePatterns, Visitor visitor) throws IOException;

    /** Receives one file, directory or symlink with its '/'-separated path relative to the directory. */
    @FunctionalInterface
    interface Visitor {
        void visit(String relative, Path file, BasicFileAttributes attributes) throws IOException;
    }
}
