package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.SELContext;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Link;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.api.model.Device;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.TmpfsOptions;
import com.github.dockerjava.api.model.Ulimit;
import com.github.dockerjava.api.model.VolumeOptions;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.HealthSpec;
import io.github.stackmaven.stack.engine.MountSpec;
import io.github.stackmaven.stack.engine.NetworkAttachment;
import io.github.stackmaven.stack.engine.PortBinding;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Translates a {@link ContainerSpec} into docker-java's create command (the Engine API's container config). */
final class DockerContainerFactory {
    private DockerContainerFactory() {
    }

    static CreateContainerCmd create(DockerClient docker, ContainerSpec spec) {
        CreateContainerCmd cmd = docker.createContainerCmd(spec.image()).withName(spec.name()).withLabels(spec.labels());
        if (spec.command() != null) {
            cmd.withCmd(spec.command());
        }
        if (spec.entrypoint() != null) {
            cmd.withEntrypoint(spec.entrypoint());
        }
        cmd.withEnv(environment(spec.environment()));
        cmd.withTty(spec.tty()).withStdinOpen(spec.stdinOpen());
        // docker-java refuses nulls: set only what the service sets, the image's values apply otherwise
        ifSet(spec.user(), cmd::withUser);
        ifSet(spec.workingDir(), cmd::withWorkingDir);
        ifSet(spec.hostname(), cmd::withHostName);
        ifSet(spec.domainname(), cmd::withDomainName);
        ifSet(spec.stopSignal(), cmd::withStopSignal);
        ifSet(spec.platform(), cmd::withPlatform);
        if (spec.stopTimeout() != null) {
            cmd.withStopTimeout((int) spec.stopTimeout().toSeconds());
        }
        if (spec.health() != null) {
            cmd.withHealthcheck(health(spec.health()));
        }
        Set<ExposedPort> exposed = new LinkedHashSet<>();
        spec.exposed().forEach(e -> exposed.add(exposedPort(e)));
        Ports bindings = new Ports();
        for (PortBinding p : spec.ports()) {
            ExposedPort ep = new ExposedPort(p.containerPort(), InternetProtocol.parse(p.protocol()));
            exposed.add(ep);
            String ip = p.hostIp() == null ? "" : p.hostIp();
            bindings.bind(ep, new Ports.Binding(ip.isEmpty() ? null : ip, p.hostPort()));
        }
        cmd.withExposedPorts(new ArrayList<>(exposed));
        HostConfig host = HostConfig.newHostConfig().withPortBindings(bindings)
                .withMounts(mounts(spec.mounts().stream().filter(m -> !m.createHostPath()).toList()))
                .withBinds(spec.mounts().stream().filter(MountSpec::createHostPath).map(DockerContainerFactory::bind)
                        .toList());
        if (!spec.tmpfs().isEmpty()) {
            host.withTmpFs(spec.tmpfs());
        }
        applyNetwork(cmd, host, spec);
        applyHostOptions(host, spec);
        return cmd.withHostConfig(host);
    }

    private static void applyNetwork(CreateContainerCmd cmd, HostConfig host, ContainerSpec spec) {
        if (spec.networkMode() != null) {
            host.withNetworkMode(spec.networkMode());
        } else if (!spec.networks().isEmpty()) {
            NetworkAttachment first = spec.networks().get(0);
            host.withNetworkMode(first.network());
            cmd.withAliases(first.aliases());
            if (first.ipv4Address() != null) {
                cmd.withIpv4Address(first.ipv4Address());
            }
            if (first.ipv6Address() != null) {
                cmd.withIpv6Address(first.ipv6Address());
            }
        }
    }

    private static void applyHostOptions(HostConfig host, ContainerSpec spec) {
        if (spec.restart() != null) {
            host.withRestartPolicy(RestartPolicy.parse(spec.restart()));
        }
        if (!spec.extraHosts().isEmpty()) {
            host.withExtraHosts(spec.extraHosts().toArray(String[]::new));
        }
        if (!spec.capAdd().isEmpty()) {
            host.withCapAdd(capabilities(spec.capAdd()));
        }
        if (!spec.capDrop().isEmpty()) {
            host.withCapDrop(capabilities(spec.capDrop()));
        }
        if (!spec.securityOpt().isEmpty()) {
            host.withSecurityOpts(spec.securityOpt());
        }
        host.withReadonlyRootfs(spec.readOnly()).withPrivileged(spec.privileged());
        ifSet(spec.shmSize(), host::withShmSize);
        ifSet(spec.init(), host::withInit);
        ifSet(spec.ipc(), host::withIpcMode);
        ifSet(spec.pid(), host::withPidMode);
        if (!spec.ulimits().isEmpty()) {
            List<Ulimit> limits = new ArrayList<>();
            spec.ulimits().forEach((name, v) -> limits.add(new Ulimit(name, v.get(0), v.get(1))));
            host.withUlimits(limits);
        }
        if (!spec.sysctls().isEmpty()) {
            host.withSysctls(spec.sysctls());
        }
        if (!spec.dns().isEmpty()) {
            host.withDns(spec.dns());
        }
        if (spec.memory() != null) {
            host.withMemory(spec.memory());
        }
        if (spec.nanoCpus() != null) {
            host.withNanoCPUs(spec.nanoCpus());
        }
        if (!spec.links().isEmpty()) {
            host.withLinks(spec.links().stream().map(Link::parse).toList());
        }
        if (!spec.devices().isEmpty()) {
            host.withDevices(spec.devices().stream().map(Device::parse).toList());
        }
    }

    private static <T> void ifSet(T value, java.util.function.Consumer<T> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private static List<String> environment(Map<String, String> env) {
        List<String> out = new ArrayList<>();
        env.forEach((k, v) -> {
            if (v != null) {
                out.add(k + "=" + v);
            }
        });
        return out;
    }

    private static ExposedPort exposedPort(String spec) {
        int slash = spec.indexOf('/');
        int port = Integer.parseInt(slash < 0 ? spec : spec.substring(0, slash));
        return new ExposedPort(port, InternetProtocol.parse(slash < 0 ? "tcp" : spec.substring(slash + 1)));
    }

    private static HealthCheck health(HealthSpec h) {
        HealthCheck check = new HealthCheck().withTest(h.test());
        if (h.interval() != null) {
            check.withInterval(nanos(h.interval()));
        }
        if (h.timeout() != null) {
            check.withTimeout(nanos(h.timeout()));
        }
        if (h.retries() != null) {
            check.withRetries(h.retries());
        }
        if (h.startPeriod() != null) {
            check.withStartPeriod(nanos(h.startPeriod()));
        }
        if (h.startInterval() != null) {
            check.withStartInterval(nanos(h.startInterval()));
        }
        return check;
    }

    private static long nanos(Duration d) {
        return d.toNanos();
    }

    /**
     * A bind in the legacy {@code -v} form ({@code src:target:rw,z}), whose missing source the engine creates, as
     * compose does for short syntax; it carries the SELinux label, which the mounts API cannot express.
     */
    static Bind bind(MountSpec m) {
        SELContext label = m.selinux() == null ? SELContext.none : SELContext.fromString(m.selinux());
        return new Bind(m.source(), new Volume(m.target()), m.readOnly() ? AccessMode.ro : AccessMode.rw, label);
    }

    private static List<Mount> mounts(List<MountSpec> specs) {
        List<Mount> mounts = new ArrayList<>();
        for (MountSpec m : specs) {
            Mount mount = new Mount().withTarget(m.target()).withReadOnly(m.readOnly());
            switch (m.type()) {
                case BIND -> mount.withType(MountType.BIND).withSource(m.source());
                case VOLUME -> {
                    mount.withType(MountType.VOLUME).withSource(m.source());
                    if (m.noCopy()) {
                        mount.withVolumeOptions(new VolumeOptions().withNoCopy(true));
                    }
                }
                case TMPFS -> {
                    mount.withType(MountType.TMPFS);
                    TmpfsOptions options = new TmpfsOptions();
                    if (m.tmpfsSize() > 0) {
                        options.withSizeBytes(m.tmpfsSize());
                    }
                    if (m.tmpfsMode() > 0) {
                        options.withMode(m.tmpfsMode());
                    }
                    mount.withTmpfsOptions(options);
                }
                default -> throw new IllegalStateException("mount type " + m.type());
            }
            mounts.add(mount);
        }
        return mounts;
    }

    private static Capability[] capabilities(List<String> names) {
        List<Capability> caps = new ArrayList<>();
        for (String name : names) {
            String n = name.toUpperCase(Locale.ROOT);
            n = n.startsWith("CAP_") ? n.substring(4) : n;
            try {
                caps.add(Capability.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw new EngineException("Unknown capability '" + name + "'; use a Linux capability name such as"
                        + " NET_ADMIN or ALL", e);
            }
        }
        return caps.toArray(Capability[]::new);
    }
}
