package io.github.stackmaven.stack.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How one {@code up} runs.
 *
 * @param runId       unique per {@code up}; labels everything it creates
 * @param timeout     how long services may take to become ready
 * @param extraLabels labels added to every container, network and volume (for CI reapers, test harnesses)
 * @param logDir      where each service's output is written while it runs; null for nowhere
 * @param logLines    how many log lines a failure report shows per service
 */
public record RunOptions(String runId, Owner owner, Duration timeout, Map<String, String> extraLabels, Path logDir,
                         int logLines) {

    public RunOptions {
        extraLabels = Map.copyOf(extraLabels);
    }
}
