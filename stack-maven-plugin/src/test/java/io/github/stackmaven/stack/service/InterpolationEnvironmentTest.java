package io.github.stackmaven.stack.service;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InterpolationEnvironmentTest {
    @Test
    void pomVariablesAreSetUnlessEmptyAndTheProcessEnvironmentWins() {
        Map<String, String> variables = new HashMap<>();
        variables.put("APP_IMAGE", "shop:1.0-SNAPSHOT");
        variables.put("POSTGRES_IMAGE", "postgres:16");
        variables.put("UNSET_PROPERTY", "");
        variables.put("NULL_PROPERTY", null);
        Map<String, String> env = StackFiles.interpolationEnvironment(variables,
                Map.of("POSTGRES_IMAGE", "mirror/postgres:16", "PATH", "/bin"));
        assertThat(env).containsExactlyInAnyOrderEntriesOf(Map.of("APP_IMAGE", "shop:1.0-SNAPSHOT",
                "POSTGRES_IMAGE", "mirror/postgres:16", "PATH", "/bin"));
        assertThat(StackFiles.interpolationEnvironment(null, Map.of("A", "1"))).isEqualTo(Map.of("A", "1"));
    }
}
