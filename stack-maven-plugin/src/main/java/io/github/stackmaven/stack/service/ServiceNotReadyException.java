package io.github.stackmaven.stack.service;

/**
 * {@code up} failed: a service did not become ready (unhealthy, exited, timed out, a port taken, an image missing).
 * What {@code up} created has been removed; the message reports every service that was not ready.
 */
public final class ServiceNotReadyException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final String project;

    public ServiceNotReadyException(String project, String message, Throwable cause) {
        super(message, cause);
        this.project = project;
    }

    /** The compose project name of the stack that did not come up. */
    public String project() {
        return project;
    }
}
