package io.github.stackmaven.stack.images;

/**
 * Credentials for a registry and where they came from ({@code settings.xml <server> 'registry.example.com'},
 * {@code /home/me/.docker/config.json}), so that a refusal can say which ones to fix. Never shows the secret.
 */
public record RegistryCredentials(Credentials credentials, String source) {

    @Override
    public String toString() {
        return credentials + " from " + source;
    }
}
