package io.github.stackmaven.stack.service;

/**
 * No Docker engine answered, or the engine settings cannot work ({@code DOCKER_HOST} malformed, a missing context);
 * the message lists every place that was tried.
 */
public final class EngineUnavailableException extends StackServiceException {
    private static final long serialVersionUID = 1L;

    private final boolean misconfigured;

    public EngineUnavailableException(String message, Throwable cause, boolean misconfigured) {
        super(message, cause);
        this.misconfigured = misconfigured;
    }

    /** The settings cannot work as given (fix them); otherwise no engine answered (start one, or avoid the goal). */
    public boolean misconfigured() {
        return misconfigured;
    }
}
