package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.compose.Durations;
import java.time.Duration;

/** Kept for the mojos; durations are parsed in one place, {@link Durations#parseSetting(String, String)}. */
final class DurationParser {

    private DurationParser() {
    }

    static Duration parse(String text, String property) {
        return Durations.parseSetting(text, property);
    }
}
