package io.github.stackmaven.stack.compose.write;

import static io.github.stackmaven.stack.compose.write.ComposeWriter.putIfNotEmpty;
import static io.github.stackmaven.stack.compose.write.ResourceWriter.flag;
import static io.github.stackmaven.stack.compose.write.ResourceWriter.put;

import io.github.stackmaven.stack.compose.BuildSpec;
import io.github.stackmaven.stack.compose.Durations;
import io.github.stackmaven.stack.compose.FileReference;
import io.github.stackmaven.stack.compose.Healthcheck;
import io.github.stackmaven.stack.compose.Mount;
import io.github.stackmaven.stack.compose.MountType;
import io.github.stackmaven.stack.compose.PortSpec;
import io.github.stackmaven.stack.compose.Service;
import io.github.stackmaven.stack.compose.ServiceNetwork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One service as {@link ComposeWriter} prints it: long syntax, keys sorted alphabetically as compose does. */
final class ServiceWriter {

    private ServiceWriter() {
    }

    static Map<String, Object> write(Service s, boolean showSecrets, boolean json) {
        Map<String, Object> m = new TreeMap<>();
        m.putAll(s.otherKeys());
        if (json && m.get("deploy") instanceof Map<?, ?> deploy) {
            Map<String, Object> d = new LinkedHashMap<>();
            deploy.forEach((k, v) -> d.put((String) k, v));
            d.putIfAbsent("resources", new LinkedHashMap<>());
            d.putIfAbsent("placement", new LinkedHashMap<>());
            m.put("deploy", d);
        }
        put(m, "image", s.image());
        if (s.build() != null) {
            m.put("build", build(s.build(), json));
        }
        put(m, "pull_policy", s.pullPolicy() == null ? null : s.pullPolicy().text());
        put(m, "platform", s.platform());
        put(m, "container_name", s.containerName());
        put(m, "command", s.command());
        put(m, "entrypoint", s.entrypoint());
        if (json) {
            m.putIfAbsent("command", null);
            m.putIfAbsent("entrypoint", null);
        }
        Map<String, Object> env = new TreeMap<>();
        s.environment().forEach((k, v) -> env.put(k, v != null && !showSecrets
                && s.environmentFromFiles().containsKey(k) ? ComposeWriter.MASK : v));
        putIfNotEmpty(m, "environment", env);
        // env_file is not printed: its values are in environment already, as compose v2 prints it
        putIfNotEmpty(m, "labels", new TreeMap<>(s.labels()));
        put(m, "user", s.user());
        put(m, "working_dir", s.workingDir());
        put(m, "hostname", s.hostname());
        put(m, "domainname", s.domainname());
        putIfNotEmpty(m, "ports", s.ports().stream().map(ServiceWriter::port).toList());
        putIfNotEmpty(m, "expose", s.expose());
        putIfNotEmpty(m, "volumes", s.volumes().stream().map(v -> mount(v, json)).toList());
        putIfNotEmpty(m, "volumes_from", s.volumesFrom());
        putIfNotEmpty(m, "tmpfs", s.tmpfs());
        putIfNotEmpty(m, "networks", networks(s.networks()));
        put(m, "network_mode", s.networkMode());
        putIfNotEmpty(m, "links", s.links());
        putIfNotEmpty(m, "external_links", s.externalLinks());
        putIfNotEmpty(m, "extra_hosts", hosts(s.extraHosts()));
        putIfNotEmpty(m, "dns", s.dns());
        putIfNotEmpty(m, "dns_search", s.dnsSearch());
        putIfNotEmpty(m, "dns_opt", s.dnsOpt());
        Map<String, Object> deps = new TreeMap<>();
        s.dependsOn().forEach((k, d) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("condition", d.condition().value());
            flag(e, "restart", d.restart());
            e.put("required", d.required());
            deps.put(k, e);
        });
        putIfNotEmpty(m, "depends_on", deps);
        if (s.healthcheck() != null) {
            m.put("healthcheck", healthcheck(s.healthcheck()));
        }
        put(m, "restart", s.restart());
        putIfNotEmpty(m, "cap_add", s.capAdd());
        putIfNotEmpty(m, "cap_drop", s.capDrop());
        putIfNotEmpty(m, "security_opt", s.securityOpt());
        put(m, "shm_size", bytes(s.shmSize()));
        Map<String, Object> ulimits = new TreeMap<>();
        s.ulimits().forEach((k, u) -> {
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("soft", u.soft());
            limits.put("hard", u.hard());
            ulimits.put(k, u.soft() == u.hard() ? (Object) u.soft() : limits);
        });
        putIfNotEmpty(m, "ulimits", ulimits);
        putIfNotEmpty(m, "sysctls", new TreeMap<>(s.sysctls()));
        put(m, "init", s.init());
        put(m, "stop_signal", s.stopSignal());
        put(m, "stop_grace_period", duration(s.stopGracePeriod()));
        flag(m, "read_only", s.readOnly());
        flag(m, "privileged", s.privileged());
        flag(m, "tty", s.tty());
        flag(m, "stdin_open", s.stdinOpen());
        putIfNotEmpty(m, "devices", s.devices());
        put(m, "ipc", s.ipc());
        put(m, "pid", s.pid());
        putIfNotEmpty(m, "profiles", s.profiles());
        put(m, "scale", s.scale());
        if (s.logging() != null) {
            Map<String, Object> l = new LinkedHashMap<>();
            put(l, "driver", s.logging().driver());
            putIfNotEmpty(l, "options", s.logging().options());
            m.put("logging", l);
        }
        put(m, "mem_limit", bytes(s.memLimit()));
        put(m, "cpus", s.cpus());
        putIfNotEmpty(m, "secrets", refs(s.secrets()));
        putIfNotEmpty(m, "configs", refs(s.configs()));
        if (!json) {
            m.putAll(s.extensions()); // compose v2's JSON omits a service's (and a build's) x-* keys, its YAML not
        }
        return m;
    }

    /** {@code host:ip} as compose v2 prints it, {@code host=ip} (the IP may hold colons: IPv6). */
    private static List<String> hosts(List<String> hosts) {
        return hosts.stream().map(h -> h.contains("=") || h.indexOf(':') < 0 ? h
                : h.substring(0, h.indexOf(':')) + "=" + h.substring(h.indexOf(':') + 1)).toList();
    }

    private static Map<String, Object> build(BuildSpec b, boolean json) {
        Map<String, Object> m = new TreeMap<>(b.other());
        if (json) {
            m.keySet().removeIf(k -> k.startsWith("x-"));
        }
        put(m, "context", b.context());
        put(m, "dockerfile", b.dockerfile());
        put(m, "dockerfile_inline", b.dockerfileInline());
        put(m, "target", b.target());
        putIfNotEmpty(m, "args", new TreeMap<>(b.args()));
        putIfNotEmpty(m, "additional_contexts", b.additionalContexts());
        putIfNotEmpty(m, "labels", new TreeMap<>(b.labels()));
        putIfNotEmpty(m, "cache_from", b.cacheFrom());
        putIfNotEmpty(m, "cache_to", b.cacheTo());
        put(m, "network", b.network());
        put(m, "shm_size", bytes(b.shmSize()));
        putIfNotEmpty(m, "extra_hosts", hosts(b.extraHosts()));
        putIfNotEmpty(m, "tags", b.tags());
        putIfNotEmpty(m, "platforms", b.platforms());
        put(m, "pull", b.pull());
        put(m, "no_cache", b.noCache());
        put(m, "privileged", b.privileged());
        putIfNotEmpty(m, "secrets", refs(b.secrets()));
        return m;
    }

    private static Object port(PortSpec p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "name", p.name());
        m.put("mode", p.mode());
        put(m, "host_ip", p.hostIp());
        m.put("target", p.target());
        put(m, "published", p.published());
        m.put("protocol", p.protocol());
        put(m, "app_protocol", p.appProtocol());
        return m;
    }

    private static Object mount(Mount v, boolean json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", v.type().value());
        put(m, "source", v.source());
        m.put("target", v.target());
        flag(m, "read_only", v.readOnly());
        put(m, "consistency", v.consistency());
        if (v.bind() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            put(b, "selinux", v.bind().selinux());
            put(b, "propagation", v.bind().propagation());
            flag(b, "create_host_path", v.bind().createHostPath());
            put(b, "recursive", v.bind().recursive());
            putIfNotEmpty(m, "bind", b);
        }
        if (v.volume() != null) {
            Map<String, Object> o = new LinkedHashMap<>();
            flag(o, "nocopy", v.volume().nocopy());
            put(o, "subpath", v.volume().subpath());
            m.put("volume", o);
        }
        if (v.tmpfs() != null && (v.tmpfs().size() != null || v.tmpfs().mode() != null)) {
            Map<String, Object> t = new LinkedHashMap<>();
            put(t, "size", bytes(v.tmpfs().size()));
            put(t, "mode", v.tmpfs().mode());
            m.put("tmpfs", t);
        }
        return m;
    }

    private static Map<String, Object> networks(Map<String, ServiceNetwork> networks) {
        Map<String, Object> out = new TreeMap<>();
        networks.forEach((k, n) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            putIfNotEmpty(m, "aliases", n.aliases());
            put(m, "ipv4_address", n.ipv4Address());
            put(m, "ipv6_address", n.ipv6Address());
            putIfNotEmpty(m, "link_local_ips", n.linkLocalIps());
            put(m, "mac_address", n.macAddress());
            putIfNotEmpty(m, "driver_opts", n.driverOpts());
            put(m, "priority", n.priority());
            put(m, "gw_priority", n.gwPriority());
            put(m, "interface_name", n.interfaceName());
            out.put(k, m.isEmpty() ? null : m);
        });
        return out;
    }

    private static Map<String, Object> healthcheck(Healthcheck h) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "test", h.test());
        put(m, "timeout", duration(h.timeout()));
        put(m, "interval", duration(h.interval()));
        put(m, "retries", h.retries());
        put(m, "start_period", duration(h.startPeriod()));
        put(m, "start_interval", duration(h.startInterval()));
        flag(m, "disable", h.disable());
        return m;
    }

    private static List<Object> refs(List<FileReference> refs) {
        List<Object> out = new ArrayList<>();
        for (FileReference r : refs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", r.source());
            put(m, "target", r.target());
            put(m, "uid", r.uid());
            put(m, "gid", r.gid());
            put(m, "mode", r.mode());
            out.add(m);
        }
        return out;
    }

    /** Byte sizes print as text, as compose v2 prints its {@code UnitBytes}: {@code "1073741824"}. */
    private static String bytes(Long size) {
        return size == null ? null : Long.toString(size);
    }

    private static String duration(Duration d) {
        return d == null ? null : Durations.format(d);
    }
}
