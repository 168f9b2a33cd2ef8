package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.BuildSpec;
import io.github.stackmaven.stack.compose.NetworkSpec;
import io.github.stackmaven.stack.compose.Service;

import java.util.Set;

/**
 * Keys compose knows that {@code up} does not implement yet: each is an error naming the service and the key,
 * never silently ignored.
 */
final class Unsupported {
    /** Keys without effect on {@code up}, as with {@code docker compose up} (file watching is {@code watch}'s). */
    private static final Set<String> WITHOUT_EFFECT = Set.of("develop");

    private Unsupported() {
    }

    static void check(Service s) {
        for (String key : s.otherKeys().keySet()) {
            if (!WITHOUT_EFFECT.contains(key)) {
                throw error(s, key, "`" + key + "`");
            }
        }
        require(s, s.volumesFrom().isEmpty(), "volumes_from");
        require(s, s.externalLinks().isEmpty(), "external_links");
        require(s, s.dnsSearch().isEmpty(), "dns_search");
        require(s, s.dnsOpt().isEmpty(), "dns_opt");
        require(s, s.logging() == null, "logging");
        s.networks().forEach((name, n) -> {
            if (n != null) {
                String at = "networks." + name + ".";
                require(s, n.macAddress() == null, at + "mac_address");
                require(s, n.linkLocalIps().isEmpty(), at + "link_local_ips");
                require(s, n.driverOpts().isEmpty(), at + "driver_opts");
                require(s, n.gwPriority() == null, at + "gw_priority");
                require(s, n.interfaceName() == null, at + "interface_name");
            }
        });
        BuildSpec b = s.build();
        if (b != null) {
            require(s, b.cacheFrom().isEmpty(), "build.cache_from");
            require(s, b.cacheTo().isEmpty(), "build.cache_to");
            require(s, b.platforms().isEmpty(), "build.platforms");
            require(s, b.shmSize() == null, "build.shm_size");
            require(s, b.extraHosts().isEmpty(), "build.extra_hosts");
            require(s, b.privileged() == null || !b.privileged(), "build.privileged");
            b.other().keySet().stream().filter(k -> !k.startsWith("x-")).findFirst()
                    .ifPresent(k -> require(s, false, "build." + k));
        }
    }

    /** Network keys {@code up} does not apply. */
    static void check(String key, NetworkSpec n) {
        if (n == null) {
            return;
        }
        if (Boolean.FALSE.equals(n.enableIpv4())) {
            throw new PlanException("networks." + key + ".enable_ipv4: false is not implemented by"
                    + " stack-maven-plugin yet; remove it from the files of this environment");
        }
        if (n.ipam() != null && (!n.ipam().options().isEmpty()
                || n.ipam().config().stream().anyMatch(p -> !p.auxAddresses().isEmpty()))) {
            throw new PlanException("networks." + key + ".ipam: options and aux_addresses are not implemented by"
                    + " stack-maven-plugin yet (driver, subnet, ip_range and gateway are)");
        }
    }

    private static void require(Service s, boolean ok, String key) {
        if (!ok) {
            throw error(s, key, "`" + key + "`");
        }
    }

    static PlanException error(Service s, String key, String what) {
        return new PlanException("services." + s.name() + "." + key + ": " + what + " is not implemented by"
                + " stack-maven-plugin yet; remove it from the files of this environment (or reset it in an overlay"
                + " with `" + key + ": !reset null`)");
    }
}
