package io.github.stackmaven.stack.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to create one container, in engine terms (no compose syntax left). Built with
 * {@link #builder(String, String)}, changed with {@link #toBuilder()} or {@link #withLabels(Map)}; lists and maps
 * are copied and unmodifiable (labels and environment keep their order).
 */
public record ContainerSpec(
        String name, String image, Map<String, String> labels,
        List<String> command, List<String> entrypoint, Map<String, String> environment,
        String user, String workingDir, String hostname, String domainname, boolean tty, boolean stdinOpen,
        String stopSignal, Duration stopTimeout, HealthSpec health,
        List<PortBinding> ports, List<String> exposed, List<MountSpec> mounts, Map<String, String> tmpfs,
        String networkMode, List<NetworkAttachment> networks,
        String restart, List<String> extraHosts, List<String> capAdd, List<String> capDrop,
        List<String> securityOpt, Long shmSize, Map<String, List<Long>> ulimits, Map<String, String> sysctls,
        Boolean init, boolean readOnly, boolean privileged, List<String> dns, String ipc, String pid,
        List<String> devices, String platform, Long memory, Long nanoCpus, List<String> links) {

    public static Builder builder(String name, String image) {
        return new Builder(name, image);
    }

    /** A builder holding this spec's parts, to change some of them (this spec stays as it is). */
    public Builder toBuilder() {
        Builder b = new Builder(name, image);
        b.labels.putAll(labels);
        b.command = command;
        b.entrypoint = entrypoint;
        b.environment.putAll(environment);
        b.user = user;
        b.workingDir = workingDir;
        b.hostname = hostname;
        b.domainname = domainname;
        b.tty = tty;
        b.stdinOpen = stdinOpen;
        b.stopSignal = stopSignal;
        b.stopTimeout = stopTimeout;
        b.health = health;
        b.ports.addAll(ports);
        b.exposed.addAll(exposed);
        b.mounts.addAll(mounts);
        b.tmpfs.putAll(tmpfs);
        b.networkMode = networkMode;
        b.networks.addAll(networks);
        b.restart = restart;
        b.extraHosts.addAll(extraHosts);
        b.capAdd.addAll(capAdd);
        b.capDrop.addAll(capDrop);
        b.securityOpt.addAll(securityOpt);
        b.shmSize = shmSize;
        b.ulimits.putAll(ulimits);
        b.sysctls.putAll(sysctls);
        b.init = init;
        b.readOnly = readOnly;
        b.privileged = privileged;
        b.dns.addAll(dns);
        b.ipc = ipc;
        b.pid = pid;
        b.devices.addAll(devices);
        b.platform = platform;
        b.memory = memory;
        b.nanoCpus = nanoCpus;
        b.links.addAll(links);
        return b;
    }

    /** This spec with {@code replacement} as its labels (all of them: the old ones are not kept). */
    public ContainerSpec withLabels(Map<String, String> replacement) {
        Builder b = toBuilder();
        b.labels.clear();
        b.labels.putAll(replacement);
        return b.build();
    }

    /** Mutable helper that collects the parts of a spec; {@link #build()} freezes them. */
    public static final class Builder {
        private final String name;
        private final String image;
        public final Map<String, String> labels = new LinkedHashMap<>();
        public List<String> command;
        public List<String> entrypoint;
        public final Map<String, String> environment = new LinkedHashMap<>();
        public String user;
        public String workingDir;
        public String hostname;
        public String domainname;
        public boolean tty;
        public boolean stdinOpen;
        public String stopSignal;
        public Duration stopTimeout;
        public HealthSpec health;
        public final List<PortBinding> ports = new ArrayList<>();
        public final List<String> exposed = new ArrayList<>();
        public final List<MountSpec> mounts = new ArrayList<>();
        public final Map<String, String> tmpfs = new LinkedHashMap<>();
        public String networkMode;
        public final List<NetworkAttachment> networks = new ArrayList<>();
        public String restart;
        public final List<String> extraHosts = new ArrayList<>();
        public final List<String> capAdd = new ArrayList<>();
        public final List<String> capDrop = new ArrayList<>();
        public final List<String> securityOpt = new ArrayList<>();
        public Long shmSize;
        public final Map<String, List<Long>> ulimits = new LinkedHashMap<>();
        public final Map<String, String> sysctls = new LinkedHashMap<>();
        public Boolean init;
        public boolean readOnly;
        public boolean privileged;
        public final List<String> dns = new ArrayList<>();
        public String ipc;
        public String pid;
        public final List<String> devices = new ArrayList<>();
        public String platform;
        public Long memory;
        public Long nanoCpus;
        /** {@code container:alias} */
        public final List<String> links = new ArrayList<>();

        private Builder(String name, String image) {
            this.name = name;
            this.image = image;
        }

        public ContainerSpec build() {
            return new ContainerSpec(name, image, Collections.unmodifiableMap(new LinkedHashMap<>(labels)),
                    command == null ? null : List.copyOf(command), entrypoint == null ? null : List.copyOf(entrypoint),
                    Collections.unmodifiableMap(new LinkedHashMap<>(environment)),
                    user, workingDir, hostname, domainname, tty, stdinOpen, stopSignal, stopTimeout, health,
                    List.copyOf(ports), List.copyOf(exposed), List.copyOf(mounts), Map.copyOf(tmpfs),
                    networkMode, List.copyOf(networks), restart, List.copyOf(extraHosts), List.copyOf(capAdd),
                    List.copyOf(capDrop), List.copyOf(securityOpt), shmSize, Map.copyOf(ulimits), Map.copyOf(sysctls),
                    init, readOnly, privileged, List.copyOf(dns), ipc, pid, List.copyOf(devices), platform, memory, nanoCpus,
                    List.copyOf(links));
        }
    }
}
