package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.ToolCredentials;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.images.CredentialsException;
import io.github.stackmaven.stack.images.RegistryCredentials;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class MavenServerLoginsTest {

    private static Server server(String id, String user, String password) {
        Server s = new Server();
        s.setId(id);
        s.setUsername(user);
        s.setPassword(password);
        return s;
    }

    /** Decrypts "{enc}" to "decrypted-secret"; "{broken}" gives Maven's error problem. */
    private static final SettingsDecrypter DECRYPTER = request -> {
        Server in = request.getServers().get(0);
        Server out = in.clone();
        List<SettingsProblem> problems = new java.util.ArrayList<>();
        if ("{enc}".equals(in.getPassword())) {
            out.setPassword("decrypted-secret");
        } else if ("{broken}".equals(in.getPassword())) {
            problems.add(new DefaultSettingsProblem("Failed to decrypt password for server " + in.getId()
                    + ": master password missing", SettingsProblem.Severity.ERROR, "server: " + in.getId(), -1, -1,
                    null));
        }
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return out;
            }

            @Override
            public List<Server> getServers() {
                return List.of(out);
            }

            @Override
            public Proxy getProxy() {
                return null;
            }

            @Override
            public List<Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return problems;
            }
        };
    };

    private static Settings settings(Server... servers) {
        Settings s = new Settings();
        for (Server server : servers) {
            s.addServer(server);
        }
        return s;
    }

    @Test
    void find_serverNamedAfterRegistryHost_decrypted() throws Exception {
        Optional<RegistryCredentials> found = ToolCredentials.of(new MavenServerLogins(
                settings(server("localhost:5000", "ci", "{enc}")), DECRYPTER), null).find("localhost:5000");

        assertThat(found).isPresent();
        assertThat(found.get().credentials().username()).isEqualTo("ci");
        assertThat(found.get().credentials().password()).isEqualTo("decrypted-secret");
        assertThat(found.get().credentials().serverAddress()).isEqualTo("localhost:5000");
        assertThat(found.get().source()).isEqualTo("settings.xml <server> 'localhost:5000'");
        assertThat(found.get().toString()).doesNotContain("decrypted-secret");
    }

    @Test
    void find_noServerForHost_empty() throws Exception {
        assertThat(ToolCredentials.of(new MavenServerLogins(settings(server("other", "u", "p")), DECRYPTER), null)
                .find("localhost:5000")).isEmpty();
    }

    @Test
    void find_serverIdOverride_usesThatServer() throws Exception {
        Optional<RegistryCredentials> found = ToolCredentials.of(new MavenServerLogins(
                settings(server("docker-registry", "ci", "p")), DECRYPTER), "docker-registry").find("registry.example.com");
        assertThat(found.orElseThrow().source()).isEqualTo("settings.xml <server> 'docker-registry'");
        assertThat(found.get().credentials().serverAddress()).isEqualTo("registry.example.com");
    }

    @Test
    void find_serverIdOverrideWithoutServer_fails() {
        assertThatThrownBy(() -> ToolCredentials.of(new MavenServerLogins(settings(), DECRYPTER), "docker-registry")
                .find("registry.example.com")).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("stack.push.serverId names the settings.xml <server> 'docker-registry'");
    }

    @Test
    void find_undecryptablePassword_failsNamingServer_notSecret() {
        assertThatThrownBy(() -> ToolCredentials.of(new MavenServerLogins(
                settings(server("localhost:5000", "ci", "{broken}")), DECRYPTER), null).find("localhost:5000"))
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("cannot decrypt the password of settings.xml <server> 'localhost:5000'")
                .hasMessageContaining("master password missing")
                .hasMessageNotContaining("{broken}");
    }
}
