package io.github.stackmaven.stack.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuildTimestampTest {

    @Test
    void of_isoOrEpochSeconds_reproducible() {
        assertThat(BuildTimestamp.of("2026-11-22T00:00:00Z")).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(BuildTimestamp.of("2026-11-22T01:00:00+01:00")).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(BuildTimestamp.of("1700000000")).isEqualTo(Instant.ofEpochSecond(1700000000));
    }

    @Test
    void of_unsetOrDisabledOrInvalid_now() {
        for (String value : new String[] {null, "", "a", "not a date"}) {
            assertThat(Duration.between(BuildTimestamp.of(value), Instant.now()).abs())
                    .isLessThan(Duration.ofSeconds(5));
        }
    }
}
