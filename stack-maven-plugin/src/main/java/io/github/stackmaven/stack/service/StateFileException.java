package io.github.stackmaven.stack.service;

import java.nio.file.Path;

/** A file the service writes ({@code target/stack/<environment>.properties}, an output file) cannot be written. */
public final class StateFileException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final Path file;

    public StateFileException(Path file, java.io.IOException cause) {
        super("Cannot write " + file + ": " + cause.getMessage(), cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
