package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.images.BuildSessionMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code stack.buildSession} on up: auto by default, never on request, anything else names the property. */
class UpChoicesTest {

    private static StackSettings withBuildSession(String value) {
        return new StackSettings() {
            @Override
            public Path directory() {
                return Path.of(".");
            }

            @Override
            public String buildSession() {
                return value;
            }
        };
    }

    @Test
    void autoByDefault_neverOnRequest() throws Exception {
        StackSettings defaults = () -> Path.of(".");
        assertThat(UpChoices.of(defaults).buildSession()).isEqualTo(BuildSessionMode.AUTO);
        assertThat(UpChoices.of(withBuildSession(" Never ")).buildSession()).isEqualTo(BuildSessionMode.NEVER);
    }

    @Test
    void anUnknownValueNamesThePropertyAndTheChoices() {
        assertThatThrownBy(() -> UpChoices.of(withBuildSession("sometimes")))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isEqualTo("stack.buildSession");
                    assertThat(e.value()).isEqualTo("sometimes");
                })
                .hasMessageStartingWith("stack.buildSession is 'sometimes': use auto");
    }
}
