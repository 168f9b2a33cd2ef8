package io.github.stackmaven.stack.compose;

import java.time.Duration;
import java.util.List;

/**
 * A healthcheck. {@code test} is null to inherit the image's; it starts with CMD, CMD-SHELL or NONE.
 * Durations and retries are null when not set (the engine default applies).
 */
public record Healthcheck(List<String> test, Duration interval, Duration timeout, Integer retries,
        Duration startPeriod, Duration startInterval, boolean disable) {

    public Healthcheck {
        test = Immutable.nullableList(test);
    }
}
