package io.github.stackmaven.stack.service;

/** The environment's stack is not running (e.g. {@code logs} of a stack that was never started). */
public final class StackNotFoundException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final String project;

    public StackNotFoundException(String project, String message) {
        super(message, null);
        this.project = project;
    }

    public String project() {
        return project;
    }
}
