package io.github.stackmaven.stack.init;

/** A template that cannot be rendered: the message names the file, line and column and says what to write. */
public class EnvTemplateException extends RuntimeException {
    public EnvTemplateException(String message) {
        super(message);
    }
}
