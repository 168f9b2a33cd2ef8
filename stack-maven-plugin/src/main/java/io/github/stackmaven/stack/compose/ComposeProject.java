package io.github.stackmaven.stack.compose;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The effective compose model of one project: what {@code docker compose config} prints.
 *
 * @param name             the project name (normalised)
 * @param workingDir       the project directory, against which relative paths were resolved
 * @param configFiles      the compose files, in merge order
 * @param services         the enabled services, sorted by name
 * @param disabledServices services left out because none of their profiles is active
 * @param environment      the project environment used for interpolation (OS environment over env files)
 * @param envFiles         the project env files that were read ({@code .env} or the explicit ones)
 * @param extensions       top-level {@code x-*} keys
 * @param warnings         what compose would warn about (obsolete {@code version}, unset variables, ...)
 */
public record ComposeProject(
        String name,
        Path workingDir,
        List<Path> configFiles,
        Map<String, Service> services,
        Map<String, Service> disabledServices,
        Map<String, NetworkSpec> networks,
        Map<String, VolumeSpec> volumes,
        Map<String, FileObjectSpec> secrets,
        Map<String, FileObjectSpec> configs,
        Map<String, String> environment,
        List<Path> envFiles,
        List<String> profiles,
        Map<String, Object> extensions,
        List<String> warnings) {

    public ComposeProject {
        configFiles = Immutable.list(configFiles);
        services = Immutable.map(services);
        disabledServices = Immutable.map(disabledServices);
        networks = Immutable.map(networks);
        volumes = Immutable.map(volumes);
        secrets = Immutable.map(secrets);
        configs = Immutable.map(configs);
        environment = Immutable.map(environment);
        envFiles = Immutable.list(envFiles);
        profiles = Immutable.list(profiles);
        extensions = Immutable.map(extensions);
        warnings = Immutable.list(warnings);
    }

    public Service service(String serviceName) {
        Service s = services.get(serviceName);
        if (s == null) {
            throw new IllegalArgumentException("no service " + serviceName + " in project " + name);
        }
        return s;
    }
}
