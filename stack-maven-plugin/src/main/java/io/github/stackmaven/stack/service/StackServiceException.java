package io.github.stackmaven.stack.service;

/**
 * Why a {@link StackService} call failed. The message is complete (what, where, what to do); the subtypes carry
 * the data a client needs to react: the setting and its value, the service and its state. Clients translate each
 * subtype once: the user must fix a {@link InvalidSettingException}, {@link StackDefinitionException},
 * {@link ServiceNotReadyException}, {@link StackConflictException}, {@link StackNotFoundException} or
 * {@link EngineUnavailableException}; an {@link EngineFaultException} or {@link StateFileException} is breakage.
 */
public abstract class StackServiceException extends Exception {
    private static final long serialVersionUID = 1L;

    protected StackServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
