package io.github.stackmaven.stack.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Compose's duration syntax (compose-go types/duration.go), user settings, Go's printed form and message text. */
class DurationsTest {

    @ParameterizedTest
    @CsvSource({"10s,10000", "1m30s,90000", "1h5m30s20ms,3930020", "1.5s,1500", "500ms,500", "0,0", "2d,172800000",
        "1w,604800000", "1000us,1", "-5s,-5000"})
    void parse_readsComposeDurations(String text, long millis) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "1 m", "ten", "1m 30s", "s"})
    void parse_rejectsWithTheText(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid duration \"" + text + "\"");
    }

    @ParameterizedTest
    @CsvSource({"90, 90000", "2m, 120000", "1m30s, 90000", "500ms, 500", "1.5s, 1500", "1h, 3600000", "PT2M, 120000",
        "0m, 0", "0s, 0", "0m30s, 30000", "0, 0"})
    void parseSetting_readsSecondsUnitsAndIso(String text, long millis) {
        assertThat(Durations.parseSetting(text, "stack.timeout")).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two minutes", "2x", "m", "1m 30s", "PTX", "-5s", "+5s"})
    void parseSetting_rejectsNamingTheSetting(String text) {
        assertThatThrownBy(() -> Durations.parseSetting(text, "stack.timeout"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stack.timeout is '" + text + "'; write a duration such as 90s, 2m or 1m30s");
    }

    @ParameterizedTest
    @CsvSource({"90000000000,1m30s", "2000000,2ms", "3600000000000,1h0m0s", "1500000000,1.5s", "0,0s",
        "1000,1µs", "7,7ns", "-5000000000,-5s", "93784000000000,26h3m4s", "61000000,61ms"})
    void format_printsLikeGo(long nanos, String expected) {
        assertThat(Durations.format(Duration.ofNanos(nanos))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0,0ms", "800,800ms", "999,999ms", "1000,1s", "1234,1.2s", "1250,1.3s", "2500,2.5s", "9960,10s",
        "10500,10s", "90000,1m30s", "120000,2m", "3600000,1h", "3660000,1h1m", "3601000,1h0m1s"})
    void text_roundsForPeople(long millis, String expected) {
        assertThat(Durations.text(Duration.ofMillis(millis))).isEqualTo(expected);
    }
}
