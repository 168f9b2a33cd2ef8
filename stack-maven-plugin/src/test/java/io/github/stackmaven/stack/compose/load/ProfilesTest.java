package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void write() {
        TestCompose.write(tmp, "compose.yaml", """
                services:
                  web: {image: nginx}
                  debug: {image: busybox, profiles: [debug]}
                  seed: {image: busybox, profiles: [tools, init]}
                  report: {image: busybox, profiles: [tools], depends_on: {debug: {required: false}}}
                """);
    }

    private ComposeProject load(List<String> profiles, Map<String, String> env, List<String> services) {
        return ComposeLoader.load(LoadRequest.of(tmp, env, Path.of("compose.yaml")).withProfiles(profiles)
                .withServices(services));
    }

    @Test
    void servicesWithProfilesAreOffByDefault() {
        ComposeProject p = load(null, Map.of(), null);
        assertThat(p.services()).containsOnlyKeys("web");
        assertThat(p.disabledServices()).containsOnlyKeys("debug", "seed", "report");
    }

    @Test
    void activeProfileEnablesItsServices() {
        assertThat(load(List.of("tools"), Map.of(), null).services()).containsOnlyKeys("web", "seed", "report");
        assertThat(load(List.of("*"), Map.of(), null).services()).hasSize(4);
    }

    @Test
    void optionalDependencyOnDisabledServiceIsDropped() {
        ComposeProject p = load(List.of("tools"), Map.of(), null);
        assertThat(p.service("report").dependsOn()).isEmpty();
        assertThat(p.warnings()).anyMatch(w -> w.contains("disabled service \"debug\""));
    }

    @Test
    void composeProfilesVariableAppliesOnlyWithoutExplicitProfiles() {
        assertThat(load(null, Map.of("COMPOSE_PROFILES", "debug, init"), null).services())
                .containsOnlyKeys("web", "debug", "seed");
        assertThat(load(List.of(), Map.of("COMPOSE_PROFILES", "debug"), null).services()).containsOnlyKeys("web");
    }

    @Test
    void namingAServiceEnablesItsProfilesAndKeepsOnlyItsDependencies() {
        ComposeProject p = load(null, Map.of(), List.of("seed"));
        assertThat(p.services()).containsOnlyKeys("seed");
    }

    @Test
    void requiredDependencyOnDisabledServiceIsAnError() {
        TestCompose.write(tmp, "compose.yaml", """
                services:
                  web: {image: nginx, depends_on: [debug]}
                  debug: {image: busybox, profiles: [debug]}
                """);
        assertThatThrownBy(() -> load(null, Map.of(), null)).isInstanceOf(ComposeException.class)
                .hasMessageContaining("depends on \"debug\", which is disabled");
    }
}
