package io.github.stackmaven.stack.images;

/** The build of one Dockerfile target failed; the message names the target, its image and the failing step. */
public class TargetBuildException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String target;

    public TargetBuildException(String target, String image, ImageBuildException cause) {
        super("Target '" + target + "' (" + image + "): " + cause.getMessage(), cause);
        this.target = target;
    }

    public String target() {
        return target;
    }
}
