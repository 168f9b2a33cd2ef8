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
        String pullPolicy,
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
}
