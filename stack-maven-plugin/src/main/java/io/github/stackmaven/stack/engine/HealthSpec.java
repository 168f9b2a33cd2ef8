package io.github.stackmaven.stack.engine;

import java.time.Duration;
import java.util.List;

/**
 * A container healthcheck; durations may be null for the engine's defaults.
 *
 * @param test {@code ["CMD", ...]}, {@code ["CMD-SHELL", "..."]} or {@code ["NONE"]} to disable the image's check
 */
public record HealthSpec(List<String> test, Duration interval, Duration timeout, Integer retries,
                         Duration startPeriod, Duration startInterval) {

    public HealthSpec {
        test = List.copyOf(test);
    }

    public static HealthSpec disabled() {
        return new HealthSpec(List.of("NONE"), null, null, null, null, null);
    }
}
