package io.github.stackmaven.stack.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationParserTest {
    @ParameterizedTest
    @CsvSource({"90, 90000", "2m, 120000", "1m30s, 90000", "500ms, 500", "1.5s, 1500", "1h, 3600000", "PT2M, 120000",
            "0m, 0", "0s, 0", "0m30s, 30000"})
    void parses(String text, long millis) throws InvalidSettingException {
        assertThat(DurationParser.parse(text, "stack.timeout")).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two minutes", "2x", "m", "1m 30s", "PTX"})
    void rejectsWithTheProperty(String text) {
        assertThatThrownBy(() -> DurationParser.parse(text, "stack.timeout"))
                .hasMessageContaining("stack.timeout is '" + text + "'").hasMessageContaining("90s, 2m or 1m30s");
    }
}
