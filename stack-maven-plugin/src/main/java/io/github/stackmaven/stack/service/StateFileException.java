package io.github.stackmaven.stack.service;

import java.nio.file.Path;

/** A file the service writes ({@code target/stack/<environment>.properties}, an output file, an env file) failed. */
public final class StateFileException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final Path file;

    public StateFileException(Path file, java.io.IOException cause) {
        this("write", file, cause);
    }

    /** @param action what failed: {@code write}, {@code create}, {@code list} */
    public StateFileException(String action, Path file, java.io.IOException cause) {
        super("Cannot " + action + " " + file + ": " + cause.getMessage(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
