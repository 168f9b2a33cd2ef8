package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.RegistryAuth;
import io.github.stackmaven.stack.event.EventSink;

import java.util.Optional;
import java.util.function.Function;

/**
 * Registry credentials for the base images a session build pulls, from the same sources {@code push} reads
 * (settings.xml servers, docker's config.json); a source that fails is reported and the pull goes on without.
 */
public final class SessionCredentials {

    private SessionCredentials() {
    }

    public static Function<String, Optional<RegistryAuth>> of(CredentialSource source, EventSink events) {
        return host -> {
            try {
                return source.find(host).map(found -> {
                    Credentials c = found.credentials();
                    events.debug("Build session: credentials for " + host + " from " + found.source());
                    return new RegistryAuth(host, c.username(), c.password(), c.identityToken());
                });
            } catch (CredentialsException e) {
                events.warn(e.getMessage());
                return Optional.empty();
            }
        };
    }
}
