package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.ServerLogins;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.Optional;
import java.util.stream.Collectors;

/** The settings.xml {@code <server>} entries as {@link ServerLogins}, passwords decrypted as Maven does. */
final class MavenServerLogins implements ServerLogins {

    private final Settings settings;
    private final SettingsDecrypter decrypter;

    MavenServerLogins(Settings settings, SettingsDecrypter decrypter) {
        this.settings = settings;
        this.decrypter = decrypter;
    }

    @Override
    public Optional<Login> find(String id) {
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        String problems = result.getProblems().stream().filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
                .map(SettingsProblem::getMessage).collect(Collectors.joining("; "));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("cannot decrypt the password of settings.xml <server> '" + id + "': "
                    + problems);
        }
        Server decrypted = result.getServer();
        return Optional.of(new Login(decrypted.getUsername(), decrypted.getPassword(),
                "settings.xml <server> '" + id + "'"));
    }
}
