package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.BuildSpec;
import io.github.stackmaven.stack.compose.EnvFile;
import io.github.stackmaven.stack.compose.Logging;
import io.github.stackmaven.stack.compose.PullPolicy;
import io.github.stackmaven.stack.compose.Service;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Stage "bind": one canonical service tree to a {@link Service} record, checking values as it goes. */
final class ServiceBinder {

    static final Set<String> TYPED = Set.of("image", "build", "pull_policy", "platform", "container_name", "command",
            "entrypoint", "environment", "env_file", "labels", "user", "working_dir", "hostname", "domainname",
            "ports", "expose", "volumes", "volumes_from", "tmpfs", "networks", "network_mode", "links",
            "external_links", "extra_hosts", "dns", "dns_search", "dns_opt", "depends_on", "healthcheck", "restart",
            "cap_add", "cap_drop", "security_opt", "shm_size", "ulimits", "sysctls", "init", "stop_signal",
            "stop_grace_period", "read_only", "privileged", "tty", "stdin_open", "devices", "ipc", "pid", "profiles",
            "scale", "logging", "mem_limit", "cpus", "secrets", "configs");
    private static final Pattern RESTART = Pattern.compile("^(no|always|unless-stopped|on-failure(:\\d+)?)$");

    private ServiceBinder() {
    }

    static Service bind(String name, YMap tree, ProjectEnvironment env) {
        ModelPath path = ModelPath.of("services").child(name);
        Values v = new Values(tree, path);
        EnvironmentResolver.Resolved environment = EnvironmentResolver.resolve(tree, path, env);
        String restart = v.str("restart");
        if (restart != null && !RESTART.matcher(restart).matches()) {
            throw v.error("restart", "invalid restart policy \"" + restart
                    + "\"; expected no, always, on-failure[:max-retries] or unless-stopped");
        }
        PullPolicy pull = pullPolicy(v);
        Map<String, Object> other = new LinkedHashMap<>();
        for (String key : tree.keys()) {
            if (!key.startsWith("x-") && !TYPED.contains(key)) {
                other.put(key, tree.get(key).toJava());
            }
        }
        return Service.builder(name).image(v.str("image")).build(build(v.sub("build"), env)).pullPolicy(pull)
                .platform(v.str("platform")).containerName(v.str("container_name"))
                .command(v.strings("command")).entrypoint(v.strings("entrypoint"))
                .environment(environment.environment()).envFiles(envFiles(v))
                .environmentFromFiles(environment.fromFiles()).labels(v.stringMap("labels"))
                .user(v.str("user")).workingDir(v.str("working_dir")).hostname(v.str("hostname"))
                .domainname(v.str("domainname"))
                .ports(ServiceParts.ports(v)).expose(v.strings("expose")).volumes(ServiceParts.mounts(v))
                .volumesFrom(v.strings("volumes_from")).tmpfs(v.strings("tmpfs"))
                .networks(ServiceParts.networks(v)).networkMode(v.str("network_mode")).links(v.strings("links"))
                .externalLinks(v.strings("external_links")).extraHosts(hosts(v.strings("extra_hosts")))
                .dns(v.strings("dns")).dnsSearch(v.strings("dns_search")).dnsOpt(v.strings("dns_opt"))
                .dependsOn(ServiceParts.dependsOn(v)).healthcheck(ServiceParts.healthcheck(v.sub("healthcheck")))
                .restart(restart).capAdd(v.strings("cap_add")).capDrop(v.strings("cap_drop"))
                .securityOpt(v.strings("security_opt")).shmSize(v.bytes("shm_size"))
                .ulimits(ServiceParts.ulimits(v)).sysctls(v.stringMap("sysctls")).init(v.bool("init"))
                .stopSignal(v.str("stop_signal")).stopGracePeriod(v.duration("stop_grace_period"))
                .readOnly(v.flag("read_only")).privileged(v.flag("privileged")).tty(v.flag("tty"))
                .stdinOpen(v.flag("stdin_open")).devices(devices(v)).ipc(v.str("ipc")).pid(v.str("pid"))
                .profiles(v.strings("profiles")).scale(scale(v)).logging(logging(v.sub("logging")))
                .memLimit(v.bytes("mem_limit")).cpus(v.decimal("cpus"))
                .secrets(ServiceParts.fileRefs(v, "secrets")).configs(ServiceParts.fileRefs(v, "configs"))
                .extensions(v.extensions()).otherKeys(other).build();
    }

    private static PullPolicy pullPolicy(Values v) {
        String text = v.str("pull_policy");
        try {
            return text == null ? null : PullPolicy.parse(text);
        } catch (IllegalArgumentException e) {
            throw v.error("pull_policy", e.getMessage());
        }
    }

    private static BuildSpec build(Values b, ProjectEnvironment env) {
        if (b == null) {
            return null;
        }
        if (b.node("dockerfile") != null && b.node("dockerfile_inline") != null) {
            throw b.error("dockerfile_inline", "dockerfile and dockerfile_inline cannot both be set");
        }
        Map<String, String> args = b.stringMap("args");
        if (args != null) {
            Map<String, String> resolved = new LinkedHashMap<>();
            args.forEach((k, val) -> {
                String value = val != null ? val : env.get(k);
                if (value != null) {
                    resolved.put(k, value);
                }
            });
            args = resolved;
        }
        Map<String, Object> other = new LinkedHashMap<>();
        Set<String> typed = Set.of("context", "dockerfile", "dockerfile_inline", "target", "args",
                "additional_contexts", "labels", "cache_from", "cache_to", "network", "shm_size", "extra_hosts",
                "tags", "platforms", "pull", "no_cache", "privileged", "secrets");
        b.map().keys().stream().filter(k -> !typed.contains(k)).forEach(k -> other.put(k, b.map().get(k).toJava()));
        return BuildSpec.builder(b.str("context")).dockerfile(b.str("dockerfile"))
                .dockerfileInline(b.str("dockerfile_inline")).target(b.str("target")).args(args)
                .additionalContexts(b.stringMap("additional_contexts")).labels(b.stringMap("labels"))
                .cacheFrom(b.strings("cache_from")).cacheTo(b.strings("cache_to")).network(b.str("network"))
                .shmSize(b.bytes("shm_size")).extraHosts(hosts(b.strings("extra_hosts"))).tags(b.strings("tags"))
                .platforms(b.strings("platforms")).pull(b.str("pull")).noCache(b.bool("no_cache"))
                .privileged(b.bool("privileged")).secrets(ServiceParts.fileRefs(b, "secrets")).other(other).build();
    }

    /** extra_hosts as {@code host:ip}, the form the engine takes. */
    private static List<String> hosts(List<String> entries) {
        if (entries == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.replaceFirst("=", ":")));
        return out;
    }

    private static List<EnvFile> envFiles(Values v) {
        List<EnvFile> out = new ArrayList<>();
        if (v.node("env_file") instanceof YSeq files) {
            for (int i = 0; i < files.size(); i++) {
                Values f = new Values((YMap) files.get(i), v.path("env_file").index(i));
                out.add(new EnvFile(Path.of(f.str("path")), !Boolean.FALSE.equals(f.bool("required")), f.str("format")));
            }
        }
        return out;
    }

    private static List<String> devices(Values v) {
        if (!(v.node("devices") instanceof YSeq seq)) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            YNode d = seq.get(i);
            if (d instanceof YMap m) {
                Values dv = new Values(m, v.path("devices").index(i));
                String perms = dv.str("permissions");
                out.add(dv.str("source") + ":" + dv.str("target") + (perms == null ? "" : ":" + perms));
            } else {
                out.add(((YScalar) d).text());
            }
        }
        return out;
    }

    private static Integer scale(Values v) {
        Integer scale = v.int32("scale");
        Values deploy = v.sub("deploy");
        Integer replicas = deploy == null ? null : deploy.int32("replicas");
        if (scale != null && replicas != null && !scale.equals(replicas)) {
            throw v.error("scale", "scale (" + scale + ") and deploy.replicas (" + replicas + ") disagree");
        }
        return scale != null ? scale : replicas;
    }

    private static Logging logging(Values l) {
        return l == null ? null : new Logging(l.str("driver"), l.stringMap("options"));
    }
}
