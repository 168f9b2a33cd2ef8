package io.github.stackmaven.stack.service;

/** The engine failed a call that should have worked (an error it reported, a lost connection). */
public final class EngineFaultException extends StackServiceException {
    private static final long serialVersionUID = 1L;

    public EngineFaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
