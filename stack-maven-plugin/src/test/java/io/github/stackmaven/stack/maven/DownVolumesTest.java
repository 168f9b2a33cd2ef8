package io.github.stackmaven.stack.maven;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** A dev or prod database goes only with stack.removeVolumes=true and the environment named on the command line. */
class DownVolumesTest {

    private static Properties commandLine(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void devVolumesNeedBothSwitches() {
        assertThat(DownMojo.removesNamedVolumes(true, "dev", commandLine("stack.environment", "dev"))).isTrue();
        assertThat(DownMojo.removesNamedVolumes(true, "prod", commandLine("stack.environment", "prod"))).isTrue();
        assertThat(DownMojo.removesNamedVolumes(false, "dev", commandLine("stack.environment", "dev"))).isFalse();
        // environment from the POM only (or a POM property): not explicit enough for a database
        assertThat(DownMojo.removesNamedVolumes(true, "dev", commandLine())).isFalse();
        assertThat(DownMojo.removesNamedVolumes(true, "dev", commandLine("stack.environment", "test"))).isFalse();
        assertThat(DownMojo.removesNamedVolumes(true, "dev", null)).isFalse();
    }

    @Test
    void testAndCiVolumesAreDisposable() {
        assertThat(DownMojo.removesNamedVolumes(false, "test", commandLine())).isTrue();
        assertThat(DownMojo.removesNamedVolumes(false, "ci", null)).isTrue();
    }
}
