package io.github.stackmaven.stack.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentKindTest {

    @ParameterizedTest
    @ValueSource(strings = {"test", "ci"})
    void of_testAndCiAreDisposable(String name) {
        assertThat(EnvironmentKind.of(name)).isEqualTo(EnvironmentKind.DISPOSABLE);
        assertThat(EnvironmentKind.of(name).isDisposable()).isTrue();
        assertThat(new StackPlan("p", name, List.of(), List.of(), List.of(), List.of(), List.of()).disposable())
                .isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"dev", "prod", "staging", "Test", "CI", " test", "tests", "integration"})
    void of_everyOtherNameIsPersistent(String name) {
        assertThat(EnvironmentKind.of(name)).isEqualTo(EnvironmentKind.PERSISTENT);
        assertThat(EnvironmentKind.of(name).isDisposable()).isFalse();
        assertThat(EnvironmentKind.of(name).isDisposable()).isFalse();
    }
}
