package io.github.stackmaven.stack.service;

/** The stack cannot be started because something it needs is held by another stack or by the user. */
public final class StackConflictException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final String project;

    public StackConflictException(String project, String message, Throwable cause) {
        super(message, cause);
        this.project = project;
    }

    public String project() {
        return project;
    }
}
