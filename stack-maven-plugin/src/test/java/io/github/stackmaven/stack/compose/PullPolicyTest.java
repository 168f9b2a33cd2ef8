package io.github.stackmaven.stack.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.PullPolicy.Kind;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PullPolicyTest {

    @ParameterizedTest
    @CsvSource({"always, ALWAYS, 0", "never, NEVER, 0", "missing, MISSING, 0", "if_not_present, MISSING, 0",
        "build, BUILD, 0", "refresh, REFRESH, 0", "daily, REFRESH, 86400", "weekly, REFRESH, 604800",
        "every_12h, REFRESH, 43200", "every_1h30m, REFRESH, 5400", "every_2d, REFRESH, 172800"})
    void parse_readsEveryComposeValue(String text, Kind kind, long refreshSeconds) {
        PullPolicy p = PullPolicy.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.refreshAfter()).isEqualTo(refreshSeconds == 0 ? null : Duration.ofSeconds(refreshSeconds));
        assertThat(p.text()).isEqualTo(text);
        assertThat(p).hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometimes", "Always", "", "every", "if-not-present"})
    void parse_rejectsUnknownNames(String text) {
        assertThatThrownBy(() -> PullPolicy.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid pull_policy \"" + text + "\"; expected always, never, missing, build, daily,"
                        + " weekly or every_<duration>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"every_", "every_often", "every_12", "every_0", "every_-1h", "every_+1h"})
    void parse_rejectsEveryWithoutAPositiveDuration(String text) {
        assertThatThrownBy(() -> PullPolicy.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid pull_policy \"" + text + "\"; every_ takes a positive duration");
    }
}
