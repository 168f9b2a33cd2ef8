package io.github.stackmaven.stack.compose;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A service of the effective model, in compose's long syntax, after merge, extends, interpolation, defaults
 * and path resolution.
 *
 * <ul>
 *   <li>{@code command}/{@code entrypoint}: null means "the image's"; an empty list overrides it with nothing.</li>
 *   <li>{@code environment}: the container environment, env files already merged in; a null value means
 *       "unset" (sent as a bare name). {@code environmentFromFiles} names, for each key whose value came from an
 *       env file, that file, so the value can be masked.</li>
 *   <li>{@code networks}: empty when {@code networkMode} is set; otherwise at least the implicit {@code default}.</li>
 *   <li>{@code extensions}: the service's {@code x-*} keys; {@code otherKeys}: keys compose knows that this
 *       model does not type (such as {@code deploy}, {@code develop}, {@code blkio_config}), as plain values,
 *       so a later layer can refuse them by name.</li>
 * </ul>
 */
public record Service(
        String name,
        String image,
        BuildSpec build,
        PullPolicy pullPolicy,
        String platform,
        String containerName,
        List<String> command,
        List<String> entrypoint,
        Map<String, String> environment,
        List<EnvFile> envFiles,
        Map<String, Path> environmentFromFiles,
        Map<String, String> labels,
        String user,
        String workingDir,
        String hostname,
        String domainname,
        List<PortSpec> ports,
        List<String> expose,
        List<Mount> volumes,
        List<String> volumesFrom,
        List<String> tmpfs,
        Map<String, ServiceNetwork> networks,
        String networkMode,
        List<String> links,
        List<String> externalLinks,
        List<String> extraHosts,
        List<String> dns,
        List<String> dnsSearch,
        List<String> dnsOpt,
        Map<String, Dependency> dependsOn,
        Healthcheck healthcheck,
        String restart,
        List<String> capAdd,
        List<String> capDrop,
        List<String> securityOpt,
        Long shmSize,
        Map<String, Ulimit> ulimits,
        Map<String, String> sysctls,
        Boolean init,
        String stopSignal,
        Duration stopGracePeriod,
        boolean readOnly,
        boolean privileged,
        boolean tty,
        boolean stdinOpen,
        List<String> devices,
        String ipc,
        String pid,
        List<String> profiles,
        Integer scale,
        Logging logging,
        Long memLimit,
        Double cpus,
        List<FileReference> secrets,
        List<FileReference> configs,
        Map<String, Object> extensions,
        Map<String, Object> otherKeys) {

    public Service {
        command = Immutable.nullableList(command);
        entrypoint = Immutable.nullableList(entrypoint);
        environment = Immutable.map(environment);
        envFiles = Immutable.list(envFiles);
        environmentFromFiles = Immutable.map(environmentFromFiles);
        labels = Immutable.map(labels);
        ports = Immutable.list(ports);
        expose = Immutable.list(expose);
        volumes = Immutable.list(volumes);
        volumesFrom = Immutable.list(volumesFrom);
        tmpfs = Immutable.list(tmpfs);
        networks = Immutable.map(networks);
        links = Immutable.list(links);
        externalLinks = Immutable.list(externalLinks);
        extraHosts = Immutable.list(extraHosts);
        dns = Immutable.list(dns);
        dnsSearch = Immutable.list(dnsSearch);
        dnsOpt = Immutable.list(dnsOpt);
        dependsOn = Immutable.map(dependsOn);
        capAdd = Immutable.list(capAdd);
        capDrop = Immutable.list(capDrop);
        securityOpt = Immutable.list(securityOpt);
        ulimits = Immutable.map(ulimits);
        sysctls = Immutable.map(sysctls);
        devices = Immutable.list(devices);
        profiles = Immutable.list(profiles);
        secrets = Immutable.list(secrets);
        configs = Immutable.list(configs);
        extensions = Immutable.map(extensions);
        otherKeys = Immutable.map(otherKeys);
    }

    /** Number of containers: {@code scale}, else {@code deploy.replicas} (kept in otherKeys), else 1. */
    public int replicas() {
        return scale == null ? 1 : scale;
    }

    /** A builder for a service called {@code name}; every other component starts null (empty lists and maps, false). */
    public static Builder builder(String name) {
        return new Builder().name(name);
    }

    /** A builder holding this service's components, to change some of them (the record stays as it is). */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Collects a service's components by name; {@link #build()} makes the immutable record. */
    // One-line setters keep the 57 components readable as a list.
    public static final class Builder {
        private String name;
        private String image;
        private BuildSpec build;
        private PullPolicy pullPolicy;
        private String platform;
        private String containerName;
        private List<String> command;
        private List<String> entrypoint;
        private Map<String, String> environment;
        private List<EnvFile> envFiles;
        private Map<String, Path> environmentFromFiles;
        private Map<String, String> labels;
        private String user;
        private String workingDir;
        private String hostname;
        private String domainname;
        private List<PortSpec> ports;
        private List<String> expose;
        private List<Mount> volumes;
        private List<String> volumesFrom;
        private List<String> tmpfs;
        private Map<String, ServiceNetwork> networks;
        private String networkMode;
        private List<String> links;
        private List<String> externalLinks;
        private List<String> extraHosts;
        private List<String> dns;
        private List<String> dnsSearch;
        private List<String> dnsOpt;
        private Map<String, Dependency> dependsOn;
        private Healthcheck healthcheck;
        private String restart;
        private List<String> capAdd;
        private List<String> capDrop;
        private List<String> securityOpt;
        private Long shmSize;
        private Map<String, Ulimit> ulimits;
        private Map<String, String> sysctls;
        private Boolean init;
        private String stopSignal;
        private Duration stopGracePeriod;
        private boolean readOnly;
        private boolean privileged;
        private boolean tty;
        private boolean stdinOpen;
        private List<String> devices;
        private String ipc;
        private String pid;
        private List<String> profiles;
        private Integer scale;
        private Logging logging;
        private Long memLimit;
        private Double cpus;
        private List<FileReference> secrets;
        private List<FileReference> configs;
        private Map<String, Object> extensions;
        private Map<String, Object> otherKeys;

        private Builder() {
        }

        private Builder(Service s) {
            name = s.name;
            image = s.image;
            build = s.build;
            pullPolicy = s.pullPolicy;
            platform = s.platform;
            containerName = s.containerName;
            command = s.command;
            entrypoint = s.entrypoint;
            environment = s.environment;
            envFiles = s.envFiles;
            environmentFromFiles = s.environmentFromFiles;
            labels = s.labels;
            user = s.user;
            workingDir = s.workingDir;
            hostname = s.hostname;
            domainname = s.domainname;
            ports = s.ports;
            expose = s.expose;
            volumes = s.volumes;
            volumesFrom = s.volumesFrom;
            tmpfs = s.tmpfs;
            networks = s.networks;
            networkMode = s.networkMode;
            links = s.links;
            externalLinks = s.externalLinks;
            extraHosts = s.extraHosts;
            dns = s.dns;
            dnsSearch = s.dnsSearch;
            dnsOpt = s.dnsOpt;
            dependsOn = s.dependsOn;
            healthcheck = s.healthcheck;
            restart = s.restart;
            capAdd = s.capAdd;
            capDrop = s.capDrop;
            securityOpt = s.securityOpt;
            shmSize = s.shmSize;
            ulimits = s.ulimits;
            sysctls = s.sysctls;
            init = s.init;
            stopSignal = s.stopSignal;
            stopGracePeriod = s.stopGracePeriod;
            readOnly = s.readOnly;
            privileged = s.privileged;
            tty = s.tty;
            stdinOpen = s.stdinOpen;
            devices = s.devices;
            ipc = s.ipc;
            pid = s.pid;
            profiles = s.profiles;
            scale = s.scale;
            logging = s.logging;
            memLimit = s.memLimit;
            cpus = s.cpus;
            secrets = s.secrets;
            configs = s.configs;
            extensions = s.extensions;
            otherKeys = s.otherKeys;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder image(String value) { image = value; return this; }
        public Builder build(BuildSpec value) { build = value; return this; }
        public Builder pullPolicy(PullPolicy value) { pullPolicy = value; return this; }
        public Builder platform(String value) { platform = value; return this; }
        public Builder containerName(String value) { containerName = value; return this; }
        public Builder command(List<String> value) { command = value; return this; }
        public Builder entrypoint(List<String> value) { entrypoint = value; return this; }
        public Builder environment(Map<String, String> value) { environment = value; return this; }
        public Builder envFiles(List<EnvFile> value) { envFiles = value; return this; }
        public Builder environmentFromFiles(Map<String, Path> value) { environmentFromFiles = value; return this; }
        public Builder labels(Map<String, String> value) { labels = value; return this; }
        public Builder user(String value) { user = value; return this; }
        public Builder workingDir(String value) { workingDir = value; return this; }
        public Builder hostname(String value) { hostname = value; return this; }
        public Builder domainname(String value) { domainname = value; return this; }
        public Builder ports(List<PortSpec> value) { ports = value; return this; }
        public Builder expose(List<String> value) { expose = value; return this; }
        public Builder volumes(List<Mount> value) { volumes = value; return this; }
        public Builder volumesFrom(List<String> value) { volumesFrom = value; return this; }
        public Builder tmpfs(List<String> value) { tmpfs = value; return this; }
        public Builder networks(Map<String, ServiceNetwork> value) { networks = value; return this; }
        public Builder networkMode(String value) { networkMode = value; return this; }
        public Builder links(List<String> value) { links = value; return this; }
        public Builder externalLinks(List<String> value) { externalLinks = value; return this; }
        public Builder extraHosts(List<String> value) { extraHosts = value; return this; }
        public Builder dns(List<String> value) { dns = value; return this; }
        public Builder dnsSearch(List<String> value) { dnsSearch = value; return this; }
        public Builder dnsOpt(List<String> value) { dnsOpt = value; return this; }
        public Builder dependsOn(Map<String, Dependency> value) { dependsOn = value; return this; }
        public Builder healthcheck(Healthcheck value) { healthcheck = value; return this; }
        public Builder restart(String value) { restart = value; return this; }
        public Builder capAdd(List<String> value) { capAdd = value; return this; }
        public Builder capDrop(List<String> value) { capDrop = value; return this; }
        public Builder securityOpt(List<String> value) { securityOpt = value; return this; }
        public Builder shmSize(Long value) { shmSize = value; return this; }
        public Builder ulimits(Map<String, Ulimit> value) { ulimits = value; return this; }
        public Builder sysctls(Map<String, String> value) { sysctls = value; return this; }
        public Builder init(Boolean value) { init = value; return this; }
        public Builder stopSignal(String value) { stopSignal = value; return this; }
        public Builder stopGracePeriod(Duration value) { stopGracePeriod = value; return this; }
        public Builder readOnly(boolean value) { readOnly = value; return this; }
        public Builder privileged(boolean value) { privileged = value; return this; }
        public Builder tty(boolean value) { tty = value; return this; }
        public Builder stdinOpen(boolean value) { stdinOpen = value; return this; }
        public Builder devices(List<String> value) { devices = value; return this; }
        public Builder ipc(String value) { ipc = value; return this; }
        public Builder pid(String value) { pid = value; return this; }
        public Builder profiles(List<String> value) { profiles = value; return this; }
        public Builder scale(Integer value) { scale = value; return this; }
        public Builder logging(Logging value) { logging = value; return this; }
        public Builder memLimit(Long value) { memLimit = value; return this; }
        public Builder cpus(Double value) { cpus = value; return this; }
        public Builder secrets(List<FileReference> value) { secrets = value; return this; }
        public Builder configs(List<FileReference> value) { configs = value; return this; }
        public Builder extensions(Map<String, Object> value) { extensions = value; return this; }
        public Builder otherKeys(Map<String, Object> value) { otherKeys = value; return this; }

        public Service build() {
            return new Service(name, image, build, pullPolicy, platform, containerName, command, entrypoint,
                    environment, envFiles, environmentFromFiles, labels, user, workingDir, hostname, domainname, ports,
                    expose, volumes, volumesFrom, tmpfs, networks, networkMode, links, externalLinks, extraHosts, dns,
                    dnsSearch, dnsOpt, dependsOn, healthcheck, restart, capAdd, capDrop, securityOpt, shmSize, ulimits,
                    sysctls, init, stopSignal, stopGracePeriod, readOnly, privileged, tty, stdinOpen, devices, ipc, pid,
                    profiles, scale, logging, memLimit, cpus, secrets, configs, extensions, otherKeys);
        }
    }
}
