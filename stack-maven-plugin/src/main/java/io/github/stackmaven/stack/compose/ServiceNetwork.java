package io.github.stackmaven.stack.compose;

import java.util.List;
import java.util.Map;

/** How a service attaches to one network ({@code services.*.networks.<name>}). */
public record ServiceNetwork(List<String> aliases, String ipv4Address, String ipv6Address,
        List<String> linkLocalIps, String macAddress, Map<String, String> driverOpts, Integer priority,
        Integer gwPriority, String interfaceName) {

    public ServiceNetwork {
        aliases = Immutable.list(aliases);
        linkLocalIps = Immutable.list(linkLocalIps);
        driverOpts = Immutable.map(driverOpts);
    }

    public static ServiceNetwork empty() {
        return new ServiceNetwork(null, null, null, null, null, null, null, null, null);
    }
}
