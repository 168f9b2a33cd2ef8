package io.github.stackmaven.stack.orchestration;

import java.time.Duration;

/** Durations as users write them: {@code 2m}, {@code 90s}, {@code 1m30s}, {@code 500ms}. */
public final class DurationText {
    private DurationText() {
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        long s = d.toSeconds();
        if (ms % 1000 != 0 && s < 10) {
            return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        long m = s / 60;
        s %= 60;
        return m == 0 ? s + "s" : s == 0 ? m + "m" : m + "m" + s + "s";
    }
}
