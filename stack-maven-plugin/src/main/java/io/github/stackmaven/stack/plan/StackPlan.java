package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.VolumeConfig;

import java.util.List;
import java.util.Optional;

/**
 * A stack in engine terms: what {@code up} creates and {@code down} removes.
 *
 * @param networks         networks the stack owns (created by {@code up}, removed by {@code down})
 * @param externalNetworks networks that must exist already and are never removed
 * @param volumes          named volumes the stack owns
 * @param externalVolumes  volumes that must exist already and are never removed
 * @param services         in dependency order
 */
public record StackPlan(String project, String environment, List<NetworkConfig> networks,
                        List<String> externalNetworks, List<VolumeConfig> volumes, List<String> externalVolumes,
                        List<ServicePlan> services) {

    public StackPlan {
        networks = List.copyOf(networks);
        externalNetworks = List.copyOf(externalNetworks);
        volumes = List.copyOf(volumes);
        externalVolumes = List.copyOf(externalVolumes);
        services = List.copyOf(services);
    }

    public Optional<ServicePlan> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public EnvironmentKind kind() {
        return EnvironmentKind.of(environment);
    }

    /** Test and ci stacks are disposable: removed whole, volumes included, without waiting for graceful stops. */
    public boolean disposable() {
        return kind().isDisposable();
    }
}
