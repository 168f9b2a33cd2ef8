package io.github.stackmaven.stack.engine;

/** A failure talking to the container engine: unreachable, refused, or an error the engine reported. */
public class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
