package io.github.stackmaven.stack.maven;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A dev or prod database goes only with the environment named on the command line (and stack.removeVolumes). */
class DownVolumesTest {

    private static Properties commandLine(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void theEnvironmentCountsAsNamedOnlyOnTheCommandLine() {
        assertThat(DownMojo.namedOnCommandLine("dev", commandLine("stack.environment", "dev"))).isTrue();
        assertThat(DownMojo.namedOnCommandLine("prod", commandLine("stack.environment", "prod"))).isTrue();
        // environment from the POM only (or a POM property): not explicit enough for a database
        assertThat(DownMojo.namedOnCommandLine("dev", commandLine())).isFalse();
        assertThat(DownMojo.namedOnCommandLine("dev", commandLine("stack.environment", "test"))).isFalse();
        assertThat(DownMojo.namedOnCommandLine("dev", null)).isFalse();
    }
}
