package io.github.stackmaven.stack.orchestration;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RunIdsTest {
    @Test
    void suffixesAreEightLowercaseAlphanumerics_andDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RunIds.next();
            assertThat(id).matches("[a-z0-9]{8}");
            seen.add(id);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void onlyDisposableEnvironmentsGetASuffix() {
        assertThat(RunIds.projectName("shop", "test", "abcd1234")).isEqualTo("shop-test-abcd1234");
        assertThat(RunIds.projectName("shop", "ci", "abcd1234")).isEqualTo("shop-ci-abcd1234");
        assertThat(RunIds.projectName("shop", "dev", "abcd1234")).isEqualTo("shop");
        assertThat(RunIds.projectName("shop", "prod", "abcd1234")).isEqualTo("shop");
    }
}
