package io.github.stackmaven.stack.images;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** One file, directory or symlink of a build context, with its context-relative '/'-separated path. */
final class ContextFile {

    private final Path path;
    private final String relative;
    private final BasicFileAttributes attributes;

    ContextFile(Path path, String relative, BasicFileAttributes attributes) {
        this.path = path;
        this.relative = relative;
        this.attributes = attributes;
    }

    Path path() {
        return path;
    }

    String relative() {
        return relative;
    }

    BasicFileAttributes attributes() {
        return attributes;
    }

    /** The name inside the tar: directories end with '/'. */
    String tarName() {
        return attributes.isDirectory() ? relative + "/" : relative;
    }
}
