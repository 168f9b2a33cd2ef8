package io.github.stackmaven.stack.service;

/** A push the registry or the engine refused, or credentials that could not be read; the message says which. */
public final class ImagePushFailedException extends ImageServiceException {

    private static final long serialVersionUID = 1L;

    private final String registry;

    public ImagePushFailedException(String registry, String message, Throwable cause) {
        super(message, cause);
        this.registry = registry;
    }

    /** The registry concerned, or null when the failure is not about one. */
    public String registry() {
        return registry;
    }
}
