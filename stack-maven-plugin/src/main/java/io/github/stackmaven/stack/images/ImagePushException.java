package io.github.stackmaven.stack.images;

import java.util.Locale;

/** A push the engine reported as failed; {@link #kind()} tells credentials problems from transient faults. */
public class ImagePushException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as the engine's message tells. */
    public enum Kind { UNAUTHORIZED, NOT_FOUND, TRANSIENT, OTHER }

    private final String image;
    private final String error;
    private final Kind kind;

    public ImagePushException(String image, String error) {
        super("Push of " + image + " failed: " + error);
        this.image = image;
        this.error = error;
        this.kind = classify(error);
    }

    static Kind classify(String error) {
        String e = error.toLowerCase(Locale.ROOT);
        if (e.contains("unauthorized") || e.contains("authentication required") || e.contains("denied")
                || e.contains("no basic auth credentials") || e.matches("(?s).*\\b40[13]\\b.*")) {
            return Kind.UNAUTHORIZED;
        }
        if (e.contains("name unknown") || e.contains("not found") || e.contains("does not exist")
                || e.matches("(?s).*\\b404\\b.*")) {
            return Kind.NOT_FOUND;
        }
        if (RetryPolicy.isTransientMessage(e)) {
            return Kind.TRANSIENT;
        }
        return Kind.OTHER;
    }

    public String image() {
        return image;
    }

    public String error() {
        return error;
    }

    public Kind kind() {
        return kind;
    }
}
