package io.github.stackmaven.stack.compose.write;

import io.github.stackmaven.stack.compose.FileObjectSpec;
import io.github.stackmaven.stack.compose.NetworkSpec;
import io.github.stackmaven.stack.compose.VolumeSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Top-level networks, volumes, secrets and configs as {@link ComposeWriter} prints them. */
final class ResourceWriter {

    private ResourceWriter() {
    }

    static Map<String, Object> networks(Map<String, NetworkSpec> networks, boolean json) {
        Map<String, Object> out = new TreeMap<>();
        networks.forEach((key, n) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", n.name());
            put(m, "driver", n.driver());
            ComposeWriter.putIfNotEmpty(m, "driver_opts", n.driverOpts());
            if (n.ipam() != null) {
                Map<String, Object> ipam = new LinkedHashMap<>();
                put(ipam, "driver", n.ipam().driver());
                List<Object> config = n.ipam().config().stream().map(p -> {
                    Map<String, Object> pool = new LinkedHashMap<>();
                    put(pool, "subnet", p.subnet());
                    put(pool, "ip_range", p.ipRange());
                    put(pool, "gateway", p.gateway());
                    ComposeWriter.putIfNotEmpty(pool, "aux_addresses", p.auxAddresses());
                    return (Object) pool;
                }).toList();
                ComposeWriter.putIfNotEmpty(ipam, "config", config);
                ComposeWriter.putIfNotEmpty(ipam, "options", n.ipam().options());
                m.put("ipam", ipam);
            } else if (json) {
                m.put("ipam", new LinkedHashMap<>());
            }
            flag(m, "internal", n.internal());
            flag(m, "attachable", n.attachable());
            flag(m, "external", n.external());
            put(m, "enable_ipv6", n.enableIpv6());
            put(m, "enable_ipv4", n.enableIpv4());
            ComposeWriter.putIfNotEmpty(m, "labels", new TreeMap<>(n.labels()));
            m.putAll(n.extensions());
            out.put(key, m);
        });
        return out;
    }

    static Map<String, Object> volumes(Map<String, VolumeSpec> volumes) {
        Map<String, Object> out = new TreeMap<>();
        volumes.forEach((key, v) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", v.name());
            put(m, "driver", v.driver());
            ComposeWriter.putIfNotEmpty(m, "driver_opts", v.driverOpts());
            flag(m, "external", v.external());
            ComposeWriter.putIfNotEmpty(m, "labels", new TreeMap<>(v.labels()));
            m.putAll(v.extensions());
            out.put(key, m);
        });
        return out;
    }

    static Map<String, Object> files(Map<String, FileObjectSpec> files) {
        Map<String, Object> out = new TreeMap<>();
        files.forEach((key, f) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            put(m, "file", f.file());
            put(m, "environment", f.environment());
            put(m, "content", f.content());
            flag(m, "external", f.external());
            ComposeWriter.putIfNotEmpty(m, "labels", new TreeMap<>(f.labels()));
            out.put(key, m);
        });
        return out;
    }

    static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static void flag(Map<String, Object> m, String key, boolean value) {
        if (value) {
            m.put(key, true);
        }
    }
}
