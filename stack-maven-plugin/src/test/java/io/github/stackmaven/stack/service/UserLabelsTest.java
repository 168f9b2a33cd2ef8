package io.github.stackmaven.stack.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserLabelsTest {

    @Test
    void ownKeysAndTheItHarnessLabelAreAccepted() throws Exception {
        assertThat(UserLabels.parse(" team=payments, ci.job=123,io.github.stackmaven.it=s1"))
                .containsExactly(java.util.Map.entry("team", "payments"), java.util.Map.entry("ci.job", "123"),
                        java.util.Map.entry("io.github.stackmaven.it", "s1"));
        assertThat(UserLabels.parse(null)).isEmpty();
    }

    @Test
    void composeLabelsCannotBeSetOrOverridden() {
        assertThatThrownBy(() -> UserLabels.parse("team=a,com.docker.compose.project=myapp"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("com.docker.compose.project is reserved");
    }

    @Test
    void thePluginsOwnLabelsCannotBeSetOrOverridden() {
        for (String key : new String[] {"io.github.stackmaven.run", "io.github.stackmaven.owner",
            "io.github.stackmaven.environment", "io.github.stackmaven.keep", "io.github.stackmaven.anything"}) {
            assertThatThrownBy(() -> UserLabels.parse(key + "=x")).as(key)
                    .isInstanceOf(InvalidSettingException.class).hasMessageStartingWith("stack.labels: the label " + key
                            + " is reserved");
        }
    }

    @Test
    void anEntryWithoutKeyIsRefused() {
        assertThatThrownBy(() -> UserLabels.parse("=x")).hasMessageContaining("is not key=value");
        assertThatThrownBy(() -> UserLabels.parse("team")).hasMessageContaining("is not key=value");
    }
}
