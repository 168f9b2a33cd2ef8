package io.github.stackmaven.stack.compose;

import java.util.Map;

/** A top-level network. {@code name} is the engine name ({@code <project>_<key>} unless set or external). */
public record NetworkSpec(String key, String name, String driver, Map<String, String> driverOpts,
        boolean internal, boolean attachable, boolean external, Ipam ipam, Map<String, String> labels,
        Boolean enableIpv6, Boolean enableIpv4, Map<String, Object> extensions) {

    public NetworkSpec {
        driverOpts = Immutable.map(driverOpts);
        labels = Immutable.map(labels);
        extensions = Immutable.map(extensions);
    }
}
