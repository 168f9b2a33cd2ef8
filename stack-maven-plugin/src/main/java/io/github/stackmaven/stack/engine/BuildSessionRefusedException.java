package io.github.stackmaven.stack.engine;

/** The engine (or this client) cannot open a BuildKit client session; the caller falls back to a tar upload. */
public class BuildSessionRefusedException extends EngineException {

    public BuildSessionRefusedException(String message) {
        super(message);
    }

    public BuildSessionRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
