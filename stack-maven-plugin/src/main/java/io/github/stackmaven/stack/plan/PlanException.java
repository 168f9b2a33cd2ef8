package io.github.stackmaven.stack.plan;

/**
 * The compose model cannot be run as a stack (a cycle in {@code depends_on}, an unknown service named in
 * {@code stack.services}, a setting the plugin does not implement); the message names the service, the key and
 * what to do.
 */
public class PlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanException(String message) {
        super(message);
    }
}
