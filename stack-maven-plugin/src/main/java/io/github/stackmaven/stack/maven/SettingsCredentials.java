package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.images.CredentialSource;
import io.github.stackmaven.stack.images.Credentials;
import io.github.stackmaven.stack.images.CredentialsException;
import io.github.stackmaven.stack.images.RegistryCredentials;
import io.github.stackmaven.stack.images.RegistryKey;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Registry credentials from the settings.xml {@code <server>} whose id is the registry host (or the configured
 * server id), with the password decrypted as Maven does ({@code settings-security.xml}).
 */
final class SettingsCredentials implements CredentialSource {

    private final Settings settings;
    private final SettingsDecrypter decrypter;
    private final String serverId;

    SettingsCredentials(Settings settings, SettingsDecrypter decrypter, String serverId) {
        this.settings = settings;
        this.decrypter = decrypter;
        this.serverId = serverId == null || serverId.isBlank() ? null : serverId.trim();
    }

    @Override
    public Optional<RegistryCredentials> find(String registryHost) throws CredentialsException {
        String id = serverId != null ? serverId : registryHost;
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null && serverId != null) {
            throw new CredentialsException(registryHost, "stack.push.serverId names the settings.xml <server> '"
                    + serverId + "', and there is none with that id; add it or drop stack.push.serverId");
        }
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        String problems = result.getProblems().stream().filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
                .map(SettingsProblem::getMessage).collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw new CredentialsException(registryHost, "cannot decrypt the password of settings.xml <server> '" + id
                    + "': " + problems);
        }
        Server decrypted = result.getServer();
        return Optional.of(new RegistryCredentials(Credentials.basic(RegistryKey.forHost(registryHost),
                decrypted.getUsername(), decrypted.getPassword()), "settings.xml <server> '" + id + "'"));
    }
}
