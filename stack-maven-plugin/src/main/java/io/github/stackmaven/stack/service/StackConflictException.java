package io.github.stackmaven.stack.service;

/**
 * The stack cannot be started because a container it needs the name of is held by another environment's stack of
 * the same project name, or by one started outside the plugin; the message says how to stop it or rename this one.
 */
public final class StackConflictException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final String project;
    private final String container;

    public StackConflictException(String project, String container, String message, Throwable cause) {
        super(message, cause);
        this.project = project;
        this.container = container;
    }

    public String project() {
        return project;
    }

    /** The container that holds the name. */
    public String container() {
        return container;
    }
}
