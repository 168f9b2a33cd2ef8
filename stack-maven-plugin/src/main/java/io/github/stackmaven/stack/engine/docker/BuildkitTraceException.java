package io.github.stackmaven.stack.engine.docker;

/** A {@code moby.buildkit.trace} payload that is not base64 or not a well-formed StatusResponse. */
class BuildkitTraceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String payload;

    public BuildkitTraceException(String payload, String problem, Throwable cause) {
        super("Cannot decode BuildKit progress (" + problem + "): "
                + (payload.length() > 80 ? payload.substring(0, 80) + "..." : payload), cause);
        this.payload = payload;
    }

    /** The aux value as received (base64). */
    public String payload() {
        return payload;
    }
}
