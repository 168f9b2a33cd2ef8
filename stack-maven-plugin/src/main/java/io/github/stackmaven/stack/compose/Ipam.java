package io.github.stackmaven.stack.compose;

import java.util.List;
import java.util.Map;

/** IPAM settings of a network. */
public record Ipam(String driver, List<IpamPool> config, Map<String, String> options) {

    public Ipam {
        config = Immutable.list(config);
        options = Immutable.map(options);
    }

    /** One address pool. */
    public record IpamPool(String subnet, String ipRange, String gateway, Map<String, String> auxAddresses) {

        public IpamPool {
            auxAddresses = Immutable.map(auxAddresses);
        }
    }
}
