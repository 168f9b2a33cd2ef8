package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.FileObjectSpec;
import io.github.stackmaven.stack.compose.FileReference;
import io.github.stackmaven.stack.compose.Healthcheck;
import io.github.stackmaven.stack.compose.Mount;
import io.github.stackmaven.stack.compose.PortSpec;
import io.github.stackmaven.stack.compose.Service;
import io.github.stackmaven.stack.compose.ServiceNetwork;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.HealthSpec;
import io.github.stackmaven.stack.engine.MountSpec;
import io.github.stackmaven.stack.engine.NetworkAttachment;
import io.github.stackmaven.stack.engine.PortBinding;
import io.github.stackmaven.stack.engine.StackLabels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One compose service to the engine's container specs (one per replica), in compose's meaning. */
final class ServiceMapper {
    private final ComposeProject compose;
    private final PlanOptions options;
    private final Names names;

    ServiceMapper(ComposeProject compose, PlanOptions options, Names names) {
        this.compose = compose;
        this.options = options;
        this.names = names;
    }

    ServicePlan map(Service s, List<DependsOn> dependsOn) {
        Unsupported.check(s);
        String image = s.image() != null ? s.image() : names.builtImage(s.name());
        int replicas = s.replicas();
        List<ContainerSpec> specs = new ArrayList<>();
        String hash = null;
        for (int n = 1; n <= replicas; n++) {
            ContainerSpec.Builder b = ContainerSpec.builder(names.container(s.name(), s.containerName(), n), image);
            fill(b, s);
            b.labels.putAll(s.labels());
            b.labels.put(StackLabels.PROJECT, names.project());
            b.labels.put(StackLabels.SERVICE, s.name());
            b.labels.put(StackLabels.CONTAINER_NUMBER, Integer.toString(n));
            b.labels.put(StackLabels.ONEOFF, "False");
            b.labels.put(StackLabels.WORKING_DIR, compose.workingDir().toString());
            b.labels.put(StackLabels.CONFIG_FILES, compose.configFiles().stream().map(Path::toString)
                    .collect(Collectors.joining(",")));
            hash = hash == null ? ConfigHash.of(b.build()) : hash;
            b.labels.put(StackLabels.CONFIG_HASH, hash);
            specs.add(b.build());
        }
        boolean healthcheck = s.healthcheck() != null && !s.healthcheck().disable();
        return new ServicePlan(s.name(), image, s.pullPolicy(), specs, dependsOn, healthcheck, hash,
                BuildMapper.map(s, image), StackExtension.waitMode(s), BuildMapper.secrets(s, compose));
    }

    private void fill(ContainerSpec.Builder b, Service s) {
        b.command = s.command();
        b.entrypoint = s.entrypoint();
        b.environment.putAll(s.environment());
        b.user = s.user();
        b.workingDir = s.workingDir();
        b.hostname = s.hostname();
        b.domainname = s.domainname();
        b.tty = s.tty();
        b.stdinOpen = s.stdinOpen();
        b.stopSignal = s.stopSignal();
        b.stopTimeout = s.stopGracePeriod();
        b.health = health(s.healthcheck());
        s.ports().forEach(p -> b.ports.add(port(p)));
        s.expose().forEach(e -> b.exposed.addAll(expandRange(e)));
        s.volumes().forEach(m -> b.mounts.add(mount(s, m)));
        s.tmpfs().forEach(t -> {
            int colon = t.indexOf(':');
            b.tmpfs.put(colon < 0 ? t : t.substring(0, colon), colon < 0 ? "" : t.substring(colon + 1));
        });
        secrets(b, s, s.secrets(), compose.secrets(), "/run/secrets/");
        secrets(b, s, s.configs(), compose.configs(), "/");
        network(b, s);
        b.restart = s.restart();
        s.extraHosts().forEach(h -> b.extraHosts.add(extraHost(h)));
        b.capAdd.addAll(s.capAdd());
        b.capDrop.addAll(s.capDrop());
        b.securityOpt.addAll(s.securityOpt());
        b.shmSize = s.shmSize();
        s.ulimits().forEach((k, v) -> b.ulimits.put(k, List.of(v.soft(), v.hard())));
        b.sysctls.putAll(s.sysctls());
        b.init = s.init();
        b.readOnly = s.readOnly();
        b.privileged = s.privileged();
        b.dns.addAll(s.dns());
        b.ipc = s.ipc();
        b.pid = s.pid();
        b.devices.addAll(s.devices());
        b.platform = s.platform();
        b.memory = s.memLimit();
        b.nanoCpus = s.cpus() == null ? null : (long) (s.cpus() * 1_000_000_000L);
        for (String link : s.links()) {
            int colon = link.indexOf(':');
            String target = colon < 0 ? link : link.substring(0, colon);
            String alias = colon < 0 ? target : link.substring(colon + 1);
            b.links.add(names.container(target, containerName(target), 1) + ":" + alias);
        }
    }

    private String containerName(String service) {
        Service target = compose.services().get(service);
        return target == null ? null : target.containerName();
    }

    private static HealthSpec health(Healthcheck h) {
        if (h == null) {
            return null;
        }
        if (h.disable()) {
            return HealthSpec.disabled();
        }
        return new HealthSpec(h.test() == null ? List.of() : h.test(), h.interval(), h.timeout(), h.retries(),
                h.startPeriod(), h.startInterval());
    }

    private PortBinding port(PortSpec p) {
        String ip = p.hostIp();
        if ((ip == null || ip.isEmpty()) && options.publishAddress() != null) {
            ip = options.publishAddress();
        }
        String published = p.published() == null || p.published().isEmpty() ? null : p.published();
        if (options.randomPorts() && EnvironmentKind.of(options.environment()).isDisposable()) {
            published = null; // the engine picks a free port; up exports the one it bound
        }
        return new PortBinding(p.target(), p.protocol(), ip, published);
    }

    private static List<String> expandRange(String expose) {
        int slash = expose.indexOf('/');
        String ports = slash < 0 ? expose : expose.substring(0, slash);
        String proto = slash < 0 ? "tcp" : expose.substring(slash + 1);
        int dash = ports.indexOf('-');
        if (dash < 0) {
            return List.of(ports + "/" + proto);
        }
        List<String> out = new ArrayList<>();
        for (int p = Integer.parseInt(ports.substring(0, dash)); p <= Integer.parseInt(ports.substring(dash + 1)); p++) {
            out.add(p + "/" + proto);
        }
        return out;
    }

    private MountSpec mount(Service s, Mount m) {
        return switch (m.type()) {
            case BIND -> new MountSpec(MountSpec.Type.BIND, m.source(), m.target(), m.readOnly(), false, 0, 0,
                    m.bind() != null && m.bind().createHostPath(), m.bind() == null ? null : m.bind().selinux());
            case VOLUME -> new MountSpec(MountSpec.Type.VOLUME, m.isAnonymous() ? null : names.volume(m.source()),
                    m.target(), m.readOnly(), m.volume() != null && m.volume().nocopy(), 0, 0, false, null);
            case TMPFS -> new MountSpec(MountSpec.Type.TMPFS, null, m.target(), false, false,
                    m.tmpfs() == null || m.tmpfs().size() == null ? 0 : m.tmpfs().size(),
                    m.tmpfs() == null || m.tmpfs().mode() == null ? 0 : m.tmpfs().mode(), false, null);
            default -> throw Unsupported.error(s, "volumes", "volume type " + m.type().value());
        };
    }

    /** File secrets and configs are bind-mounted read-only, as compose does without swarm. */
    private static void secrets(ContainerSpec.Builder b, Service s, List<FileReference> refs,
                                Map<String, FileObjectSpec> defined, String prefix) {
        String kind = prefix.equals("/") ? "configs" : "secrets";
        for (FileReference ref : refs) {
            FileObjectSpec def = defined.get(ref.source());
            if (def == null || def.file() == null) {
                throw Unsupported.error(s, kind, kind + " other than `file:` (" + ref.source() + ")");
            }
            String target = ref.target() == null ? ref.source() : ref.target();
            b.mounts.add(MountSpec.bind(def.file(), target.startsWith("/") ? target : prefix + target, true));
        }
    }

    private void network(ContainerSpec.Builder b, Service s) {
        String mode = s.networkMode();
        if (mode != null && !mode.isEmpty()) {
            if (mode.startsWith("service:")) {
                String target = mode.substring("service:".length());
                mode = "container:" + names.container(target, containerName(target), 1);
            }
            b.networkMode = mode;
            return;
        }
        s.networks().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, ServiceNetwork> e) ->
                        -(e.getValue() == null || e.getValue().priority() == null ? 0 : e.getValue().priority()))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    ServiceNetwork n = e.getValue() == null ? ServiceNetwork.empty() : e.getValue();
                    List<String> aliases = new ArrayList<>();
                    aliases.add(s.name());
                    n.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
                    b.networks.add(new NetworkAttachment(names.network(e.getKey()), aliases, n.ipv4Address(),
                            n.ipv6Address()));
                });
    }

    /** compose writes {@code host=ip} (or {@code host:ip}); the engine takes {@code host:ip}. */
    static String extraHost(String entry) {
        int eq = entry.indexOf('=');
        return eq < 0 ? entry : entry.substring(0, eq) + ":" + entry.substring(eq + 1);
    }
}
