package io.github.stackmaven.stack.images;

/** A build secret of the {@code <secrets>} configuration that cannot be read; the message never holds its value. */
public final class BuildSecretException extends Exception {
    private final String id;

    public BuildSecretException(String id, String problem) {
        super("Build secret '" + id + "' " + problem + " (<secrets> of the build goal)");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
