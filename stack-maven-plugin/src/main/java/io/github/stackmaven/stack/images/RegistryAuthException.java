package io.github.stackmaven.stack.images;

/** A registry asked for credentials that we lack, or refused the ones we sent. Never carries a secret. */
public class RegistryAuthException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String registry;

    public RegistryAuthException(String registry, String message) {
        super(message);
        this.registry = registry;
    }

    public String registry() {
        return registry;
    }
}
