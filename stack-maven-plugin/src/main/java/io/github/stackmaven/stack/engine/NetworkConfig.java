package io.github.stackmaven.stack.engine;

import java.util.Map;

/** A network to create. */
public record NetworkConfig(String name, String driver, Map<String, String> driverOpts, boolean internal,
                          boolean attachable, boolean enableIpv6, Map<String, String> labels) {

    public NetworkConfig {
        driverOpts = Map.copyOf(driverOpts);
        labels = Map.copyOf(labels);
    }
}
