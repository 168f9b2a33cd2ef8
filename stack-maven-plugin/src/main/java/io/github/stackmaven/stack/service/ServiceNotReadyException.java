package io.github.stackmaven.stack.service;

import java.util.List;

/**
 * {@code up} failed: a service did not become ready (unhealthy, exited, timed out, a port taken, an image missing).
 * What {@code up} created has been removed; the message reports every service that was not ready, and
 * {@link #services()} carries them.
 */
public final class ServiceNotReadyException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final String project;
    private final transient List<ServiceFailure> services;

    public ServiceNotReadyException(String project, List<ServiceFailure> services, String message, Throwable cause) {
        super(message, cause);
        this.project = project;
        this.services = List.copyOf(services);
    }

    /** The compose project name of the stack that did not come up. */
    public String project() {
        return project;
    }

    /** The services that were not ready; empty when {@code up} failed before any started (e.g. a missing network). */
    public List<ServiceFailure> services() {
        return services;
    }
}
