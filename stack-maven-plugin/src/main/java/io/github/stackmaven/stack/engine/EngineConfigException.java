package io.github.stackmaven.stack.engine;

/** The user's engine settings cannot work as given (a malformed {@code DOCKER_HOST}, a missing context): fix them. */
public final class EngineConfigException extends EngineException {
    private static final long serialVersionUID = 1L;

    public EngineConfigException(String message) {
        super(message);
    }
}
