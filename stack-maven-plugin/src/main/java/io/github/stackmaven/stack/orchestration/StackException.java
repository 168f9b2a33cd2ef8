package io.github.stackmaven.stack.orchestration;

/** A stack could not be brought up (or down); the message says which service, what happened and what to do. */
public class StackException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private transient java.util.List<NotReady> notReady = java.util.List.of();

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The services that were not ready when {@code up} failed; empty for other failures. */
    public java.util.List<NotReady> notReady() {
        return notReady;
    }

    StackException withNotReady(java.util.List<NotReady> services) {
        this.notReady = java.util.List.copyOf(services);
        return this;
    }
}
