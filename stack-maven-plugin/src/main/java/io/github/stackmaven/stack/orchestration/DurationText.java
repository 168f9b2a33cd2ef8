package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.compose.Durations;
import java.time.Duration;

/**
 * Kept for callers in {@code maven}; durations print in one place, {@link Durations#text(Duration)}.
 *
 * @deprecated use {@link Durations#text(Duration)}
 */
@Deprecated
public final class DurationText {
    private DurationText() {
    }

    public static String format(Duration d) {
        return Durations.text(d);
    }
}
