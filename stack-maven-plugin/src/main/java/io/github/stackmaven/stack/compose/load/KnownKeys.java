package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The keys compose's schema allows in each kind of mapping, keyed by path pattern. {@code x-*} is always allowed. */
final class KnownKeys {

    static final Map<ModelPath, Set<String>> TABLE = new LinkedHashMap<>();

    static final Set<String> SERVICE = Set.of("annotations", "attach", "blkio_config", "build", "cap_add",
            "cap_drop", "cgroup", "cgroup_parent", "command", "configs", "container_name", "cpu_count",
            "cpu_percent", "cpu_shares", "cpu_quota", "cpu_period", "cpu_rt_period", "cpu_rt_runtime", "cpus",
            "cpuset", "credential_spec", "depends_on", "deploy", "develop", "device_cgroup_rules", "devices", "dns",
            "dns_opt", "dns_search", "domainname", "entrypoint", "env_file", "label_file", "environment", "expose",
            "extends", "external_links", "extra_hosts", "gpus", "group_add", "healthcheck", "hostname", "image",
            "init", "ipc", "isolation", "labels", "links", "logging", "mac_address", "mem_limit", "mem_reservation",
            "mem_swappiness", "memswap_limit", "network_mode", "networks", "oom_kill_disable", "oom_score_adj",
            "pid", "pids_limit", "platform", "ports", "post_start", "pre_stop", "privileged", "profiles",
            "pull_policy", "pull_refresh_after", "read_only", "restart", "runtime", "scale", "secrets",
            "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal", "storage_opt", "sysctls",
            "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts", "volumes", "volumes_from",
            "working_dir", "models", "provider");

    static {
        put("", "version", "name", "services", "networks", "volumes", "secrets", "configs", "include", "models");
        TABLE.put(ModelPath.of("services.*"), SERVICE);
        put("services.*.build", "context", "dockerfile", "dockerfile_inline", "entitlements", "args", "ssh",
                "labels", "cache_from", "cache_to", "no_cache", "additional_contexts", "network", "provenance", "sbom",
                "pull", "target", "shm_size", "extra_hosts", "isolation", "privileged", "secrets", "tags", "ulimits",
                "platforms");
        put("services.*.healthcheck", "disable", "interval", "retries", "test", "timeout", "start_period",
                "start_interval");
        put("services.*.depends_on.*", "condition", "required", "restart");
        put("services.*.networks.*", "aliases", "interface_name", "ipv4_address", "ipv6_address",
                "link_local_ips", "mac_address", "driver_opts", "priority", "gw_priority");
        put("services.*.ports.[]", "name", "mode", "host_ip", "target", "published", "protocol", "app_protocol");
        put("services.*.volumes.[]", "type", "source", "target", "read_only", "consistency", "bind", "volume",
                "tmpfs", "image");
        put("services.*.volumes.[].bind", "propagation", "create_host_path", "recursive", "selinux");
        put("services.*.volumes.[].volume", "nocopy", "subpath", "labels");
        put("services.*.volumes.[].tmpfs", "size", "mode");
        put("services.*.volumes.[].image", "subpath");
        put("services.*.logging", "driver", "options");
        put("services.*.env_file.[]", "path", "required", "format");
        put("services.*.extends", "service", "file");
        put("services.*.secrets.[]", "source", "target", "uid", "gid", "mode");
        put("services.*.build.secrets.[]", "source", "target", "uid", "gid", "mode");
        put("services.*.configs.[]", "source", "target", "uid", "gid", "mode");
        put("services.*.ulimits.*", "soft", "hard");
        put("networks.*", "name", "driver", "driver_opts", "ipam", "external", "internal", "enable_ipv4",
                "enable_ipv6", "attachable", "labels");
        put("networks.*.ipam", "driver", "config", "options");
        put("networks.*.ipam.config.[]", "subnet", "ip_range", "gateway", "aux_addresses");
        put("volumes.*", "name", "driver", "driver_opts", "external", "labels");
        put("secrets.*", "name", "environment", "file", "external", "labels", "driver", "driver_opts",
                "template_driver");
        put("configs.*", "name", "content", "environment", "file", "external", "labels", "template_driver");
        put("include.[]", "path", "env_file", "project_directory");
    }

    private KnownKeys() {
    }

    private static void put(String pattern, String... keys) {
        TABLE.put(ModelPath.of(pattern), Set.of(keys));
    }

    static Set<String> forPath(ModelPath path) {
        for (Map.Entry<ModelPath, Set<String>> e : TABLE.entrySet()) {
            if (path.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }
}
