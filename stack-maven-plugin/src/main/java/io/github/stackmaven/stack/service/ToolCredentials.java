package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.images.CredentialSource;
import io.github.stackmaven.stack.images.Credentials;
import io.github.stackmaven.stack.images.CredentialsException;
import io.github.stackmaven.stack.images.RegistryCredentials;
import io.github.stackmaven.stack.images.RegistryKey;

import java.util.Optional;

/**
 * Registry credentials from the tool's {@link ServerLogins}: the login whose id is the registry host, or the
 * configured server id ({@code stack.push.serverId}), which must then exist.
 */
public final class ToolCredentials implements CredentialSource {

    private final ServerLogins logins;
    private final String serverId;

    private ToolCredentials(ServerLogins logins, String serverId) {
        this.logins = logins;
        this.serverId = serverId == null || serverId.isBlank() ? null : serverId.trim();
    }

    /** @param serverId the login to use for every registry, or null for the one named after the registry host */
    public static ToolCredentials of(ServerLogins logins, String serverId) {
        return new ToolCredentials(logins == null ? ServerLogins.NONE : logins, serverId);
    }

    @Override
    public Optional<RegistryCredentials> find(String registryHost) throws CredentialsException {
        String id = serverId != null ? serverId : registryHost;
        Optional<ServerLogins.Login> login;
        try {
            login = logins.find(id);
        } catch (IllegalStateException e) {
            throw new CredentialsException(registryHost, e.getMessage());
        }
        if (login.isEmpty() && serverId != null) {
            throw new CredentialsException(registryHost, "stack.push.serverId names the settings.xml <server> '"
                    + serverId + "', and there is none with that id; add it or drop stack.push.serverId");
        }
        return login.map(l -> new RegistryCredentials(Credentials.basic(RegistryKey.forHost(registryHost),
                l.username(), l.password()), l.origin()));
    }
}
