package io.github.stackmaven.stack.service;

import java.io.IOException;
import java.nio.file.Path;

/** A file that could not be read or written (the Dockerfile, {@code images.json}): a fault, not a setting. */
public final class ImageFilesException extends ImageServiceException {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public ImageFilesException(Path file, String message, IOException cause) {
        super(message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
