package io.github.stackmaven.stack.images;

import java.util.Optional;

/** A docker credential helper ({@code docker-credential-<name>}), reduced to the {@code get} call. */
public interface CredentialHelper {

    /** Credentials stored for {@code serverUrl}, or empty when the helper has none. */
    Optional<Credentials> get(String serverUrl) throws CredentialsException;
}
