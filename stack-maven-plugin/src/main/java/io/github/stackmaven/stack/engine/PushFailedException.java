package io.github.stackmaven.stack.engine;

/**
 * A push that failed: the engine refused it ({@link #httpStatus()} set) or the registry's error came in the
 * stream ({@code errorDetail}; {@link #httpStatus()} 0), or the stream ended without a digest.
 */
public class PushFailedException extends EngineException {

    private static final long serialVersionUID = 1L;

    private final String image;
    private final String error;
    private final int httpStatus;

    public PushFailedException(String image, String error, int httpStatus) {
        super("Push of " + image + " failed: " + error);
        this.image = image;
        this.error = error;
        this.httpStatus = httpStatus;
    }

    /** What was pushed, {@code repository:tag}. */
    public String image() {
        return image;
    }

    /**
     * The registry of {@link #image()} as the engine reads the name: its first component when that looks like a
     * host ({@code localhost:5000}, {@code registry.example.com}), otherwise Docker Hub ({@code docker.io}).
     */
    public String registry() {
        int slash = image.indexOf('/');
        String first = slash < 0 ? "" : image.substring(0, slash);
        return first.contains(".") || first.contains(":") || first.equals("localhost") ? first : "docker.io";
    }

    /** The engine's or the registry's message. */
    public String error() {
        return error;
    }

    /** The engine's HTTP status when it refused the push before streaming; 0 when the failure came in the stream. */
    public int httpStatus() {
        return httpStatus;
    }
}
