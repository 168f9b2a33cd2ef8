package io.github.stackmaven.stack.junit;

/**
 * The stack a test class needs could not be used or started: a compose file that does not load, an engine that does
 * not answer, a service that did not become ready. The message is complete (file, line and column or the service,
 * what is wrong, what to do, and for a failed start each service's state and last log lines); nothing it started is
 * left running.
 */
public class StackStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StackStartException(String message) {
        super(message);
    }

    public StackStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
