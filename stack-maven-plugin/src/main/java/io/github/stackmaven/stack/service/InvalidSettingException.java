package io.github.stackmaven.stack.service;

/** A setting's value cannot be used, e.g. {@code stack.timeout} is {@code two minutes}. */
public final class InvalidSettingException extends StackServiceException {
    private static final long serialVersionUID = 1L;
    private final String setting;
    private final String value;

    public InvalidSettingException(String setting, String value, String message) {
        super(message, null);
        this.setting = setting;
        this.value = value;
    }

    /** The property, e.g. {@code stack.timeout}. */
    public String setting() {
        return setting;
    }

    public String value() {
        return value;
    }
}
