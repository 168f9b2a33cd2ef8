package io.github.stackmaven.stack.service;

/**
 * The build of one Dockerfile target failed; the message names the target, its image, the failing step with its
 * last output and, when a base image could not be pulled, how to replace it.
 */
public final class ImageBuildFailedException extends ImageServiceException {

    private static final long serialVersionUID = 1L;

    private final String target;
    private final String step;
    private final String error;

    public ImageBuildFailedException(String target, String step, String error, String message, Throwable cause) {
        super(message, cause);
        this.target = target;
        this.step = step;
        this.error = error;
    }

    /** The target that failed; {@code (last stage)} when none was named. */
    public String target() {
        return target;
    }

    /** The failing step as the build printed it, or null. */
    public String step() {
        return step;
    }

    /** The engine's error. */
    public String error() {
        return error;
    }
}
