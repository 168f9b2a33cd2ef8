package io.github.stackmaven.stack.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StackGoalSkipsTest {
    @Test
    void testSkipsApplyToDisposableStacks() {
        assertThat(StackGoalSkips.reason(false, true, false, false, "test")).isEqualTo("skipITs");
        assertThat(StackGoalSkips.reason(false, false, true, false, "ci")).isEqualTo("skipTests");
        assertThat(StackGoalSkips.reason(false, false, false, true, "test")).isEqualTo("maven.test.skip");
        assertThat(StackGoalSkips.reason(false, false, false, false, "test")).isNull();
    }

    @Test
    void aDevOrProdStackIsNotATestResource() {
        assertThat(StackGoalSkips.reason(false, true, true, true, "dev")).isNull();
        assertThat(StackGoalSkips.reason(false, true, true, true, "prod")).isNull();
    }

    @Test
    void stackSkipAlwaysWins() {
        assertThat(StackGoalSkips.reason(true, false, false, false, "dev")).isEqualTo("stack.skip");
    }
}
