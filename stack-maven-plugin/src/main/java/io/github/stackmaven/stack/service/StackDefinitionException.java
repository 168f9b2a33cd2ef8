package io.github.stackmaven.stack.service;

/**
 * The compose files cannot be loaded or run as a stack (a syntax error, a cycle, an unknown service); the message
 * names the file, line and column or the service and key.
 */
public final class StackDefinitionException extends StackServiceException {
    private static final long serialVersionUID = 1L;

    public StackDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
