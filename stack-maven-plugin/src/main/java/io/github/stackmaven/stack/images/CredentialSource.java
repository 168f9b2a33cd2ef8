package io.github.stackmaven.stack.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Somewhere registry credentials may be found: settings.xml servers, docker's config.json. */
@FunctionalInterface
public interface CredentialSource {

    /** Credentials for a registry host as in an image reference ({@code localhost:5000}), or empty. */
    Optional<RegistryCredentials> find(String registryHost) throws CredentialsException;

    /** The first source that has credentials for the registry wins. */
    static CredentialSource firstOf(List<CredentialSource> sources) {
        return host -> {
            for (CredentialSource source : sources) {
                Optional<RegistryCredentials> found = source.find(host);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        };
    }

    /** docker's config.json ({@code auths}, {@code credHelpers}, {@code credsStore}), read when first asked. */
    static CredentialSource dockerConfig(Path configJson) {
        return host -> DockerConfigAuth.load(configJson, ProcessCredentialHelper::onPath).lookup(host)
                .map(c -> new RegistryCredentials(c, configJson.toAbsolutePath().normalize().toString()));
    }
}
