package io.github.stackmaven.stack.junit;

import io.github.stackmaven.stack.service.StackSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** What the service is told: the resolved options, raw, and the goals' defaults for the rest. */
class ExtensionSettingsTest {

    private static StackOptions options(String... kv) {
        Properties p = new Properties();
        p.setProperty("basedir", "/p/app");
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return StackOptions.resolve(null, p);
    }

    @Test
    void defaults_asTheGoalsHaveThem() {
        StackSettings s = new ExtensionSettings(options());
        assertThat(s.directory()).isEqualTo(Path.of("/p/app"));
        assertThat(s.stateDirectory()).isEqualTo(Path.of("/p/app/target/stack"));
        assertThat(s.environment()).isEqualTo("test");
        assertThat(s.timeout()).isEqualTo("2m");
        assertThat(s.profiles()).isEmpty();
        assertThat(s.labels()).isNull();
        assertThat(s.projectName()).isNull();
        assertThat(s.testsFailed()).isFalse();
        assertThat(s.keepRunning()).isFalse();
    }

    @Test
    void resolvedValues_passedRaw() {
        StackSettings s = new ExtensionSettings(options("stack.directory", "docker", "stack.environment", "ci",
                "stack.files", "a.yml,b.yml", "stack.profiles", "x", "stack.timeout", "3m", "stack.labels", "k=v",
                "stack.dockerHost", "tcp://h:2376", "stack.variables.IMAGE", "app:1", "stack.projectName", "mine"),
                null, true);
        assertThat(s.directory()).isEqualTo(Path.of("/p/app/docker"));
        assertThat(s.stateDirectory()).isEqualTo(Path.of("/p/app/target/stack"));
        assertThat(s.environment()).isEqualTo("ci");
        assertThat(s.files()).isEqualTo(List.of("a.yml", "b.yml"));
        assertThat(s.profiles()).isEqualTo(List.of("x"));
        assertThat(s.timeout()).isEqualTo("3m");
        assertThat(s.labels()).isEqualTo("k=v");
        assertThat(s.dockerHost()).isEqualTo("tcp://h:2376");
        assertThat(s.variables()).isEqualTo(Map.of("IMAGE", "app:1"));
        assertThat(s.projectName()).isEqualTo("mine");
        assertThat(s.testsFailed()).isTrue();
    }

    @Test
    void projectName_ofARecordedStack_winsForPs() {
        assertThat(new ExtensionSettings(options("stack.projectName", "mine"), "app-test-abcd1234", false)
                .projectName()).isEqualTo("app-test-abcd1234");
    }
}
