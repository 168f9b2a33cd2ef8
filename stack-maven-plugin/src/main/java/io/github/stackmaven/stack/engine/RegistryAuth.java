package io.github.stackmaven.stack.engine;

import java.util.Objects;

/**
 * What the engine sends a registry on a push ({@code X-Registry-Auth}): a user and password, or an identity token.
 * {@link #toString()} never shows a secret.
 *
 * @param serverAddress registry key ({@code host[:port]}, or Docker Hub's {@code https://index.docker.io/v1/})
 */
public record RegistryAuth(String serverAddress, String username, String password, String identityToken) {

    public RegistryAuth {
        Objects.requireNonNull(serverAddress, "serverAddress");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        identityToken = identityToken == null ? "" : identityToken;
    }

    @Override
    public String toString() {
        return "RegistryAuth[server=" + serverAddress + ", username=" + username + ", secret=****]";
    }
}
