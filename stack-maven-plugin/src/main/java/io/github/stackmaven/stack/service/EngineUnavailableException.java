package io.github.stackmaven.stack.service;

/**
 * No Docker engine answered, or the engine settings cannot work ({@code DOCKER_HOST} malformed, a missing context);
 * the message lists every place that was tried.
 */
public final class EngineUnavailableException extends StackServiceException {
    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
