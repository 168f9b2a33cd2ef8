package io.github.stackmaven.stack.service;

import java.nio.file.Path;

/** An env file cannot be created from its template (the template is missing or has a bad marker). */
public final class EnvFileException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final Path file;

    public EnvFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The env file that was to be created. */
    public Path file() {
        return file;
    }
}
