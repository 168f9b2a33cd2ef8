package io.github.stackmaven.stack.engine;

import java.util.Map;

/** A named volume to create. */
public record VolumeConfig(String name, String driver, Map<String, String> driverOpts, Map<String, String> labels) {

    public VolumeConfig {
        driverOpts = Map.copyOf(driverOpts);
        labels = Map.copyOf(labels);
    }
}
