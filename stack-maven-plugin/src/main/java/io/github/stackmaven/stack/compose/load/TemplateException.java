package io.github.stackmaven.stack.compose.load;

/** A {@code ${...}} expression that cannot be evaluated: bad syntax or a required variable without value. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}
