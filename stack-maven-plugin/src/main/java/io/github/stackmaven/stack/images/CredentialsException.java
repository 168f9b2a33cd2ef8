package io.github.stackmaven.stack.images;

/** Credentials could not be read (bad config.json entry, helper missing or failing); never carries a secret. */
public class CredentialsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String registry;

    public CredentialsException(String registry, String problem) {
        this(registry, problem, null);
    }

    public CredentialsException(String registry, String problem, Throwable cause) {
        super("Credentials for " + registry + ": " + problem, cause);
        this.registry = registry;
    }

    /** The registry key the lookup was for. */
    public String registry() {
        return registry;
    }
}
