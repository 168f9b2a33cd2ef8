package io.github.stackmaven.stack.compose.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Durations print as Go's time.Duration.String does, which is what docker compose config shows. */
class DurationFormatTest {

    @ParameterizedTest
    @CsvSource({"90000000000,1m30s", "2000000,2ms", "3600000000000,1h0m0s", "1500000000,1.5s", "0,0s",
        "1000,1µs", "7,7ns", "-5000000000,-5s", "93784000000000,26h3m4s", "61000000,61ms"})
    void formatsLikeGo(long nanos, String expected) {
        assertThat(DurationFormat.format(Duration.ofNanos(nanos))).isEqualTo(expected);
    }
}
