package io.github.stackmaven.stack.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildSecretsTest {
    @TempDir
    Path dir;

    @Test
    void readsFilesRelativeToTheProjectAndEnvironmentVariables() throws Exception {
        Files.writeString(dir.resolve("settings.xml"), "<settings/>");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("maven-settings", "settings.xml");
        config.put("token", "env:TOKEN");
        Map<String, byte[]> secrets = BuildSecrets.read(config, Map.of("TOKEN", "t0ken"), dir);
        assertThat(secrets.keySet()).containsExactly("maven-settings", "token");
        assertThat(new String(secrets.get("maven-settings"))).isEqualTo("<settings/>");
        assertThat(new String(secrets.get("token"))).isEqualTo("t0ken");
    }

    @Test
    void aMissingSourceNamesTheSecretAndNeverAValue() {
        assertThatThrownBy(() -> BuildSecrets.read(Map.of("token", "env:NOPE"), Map.of(), dir))
                .isInstanceOf(BuildSecretException.class)
                .hasMessage("Build secret 'token' comes from the environment variable NOPE, which is not set; set it"
                        + " or point the secret at a file (<secrets> of the build goal)");
        assertThatThrownBy(() -> BuildSecrets.read(Map.of("s", "missing.txt"), Map.of(), dir))
                .hasMessageContaining("Build secret 's' comes from the file " + dir.resolve("missing.txt"));
    }

    @Test
    void theSessionModeIsAutoOrNever() {
        assertThat(BuildSessionMode.parse(" AUTO ")).isEqualTo(BuildSessionMode.AUTO);
        assertThat(BuildSessionMode.parse("never")).isEqualTo(BuildSessionMode.NEVER);
        assertThatThrownBy(() -> BuildSessionMode.parse("always")).hasMessageContaining("stack.buildSession is"
                + " 'always'");
    }
}
