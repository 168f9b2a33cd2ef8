package io.github.stackmaven.stack.engine;

import java.util.Map;

/**
 * A network to create.
 *
 * @param ipamDriver null for the engine's default
 * @param pools      address pools; empty lets the engine choose
 */
public record NetworkConfig(String name, String driver, Map<String, String> driverOpts, boolean internal,
                          boolean attachable, boolean enableIpv6, Map<String, String> labels, String ipamDriver,
                          java.util.List<Pool> pools) {

    /** One IPAM pool: subnet in CIDR form, optional range and gateway. */
    public record Pool(String subnet, String ipRange, String gateway) {
    }

    public NetworkConfig {
        driverOpts = Map.copyOf(driverOpts);
        labels = Map.copyOf(labels);
        pools = java.util.List.copyOf(pools);
    }
}
