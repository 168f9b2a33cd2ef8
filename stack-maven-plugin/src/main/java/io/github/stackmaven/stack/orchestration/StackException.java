package io.github.stackmaven.stack.orchestration;

/** A stack could not be brought up (or down); the message says which service, what happened and what to do. */
public class StackException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
