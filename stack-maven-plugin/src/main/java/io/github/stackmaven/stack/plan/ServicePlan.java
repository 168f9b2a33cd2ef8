package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.PullPolicy;
import io.github.stackmaven.stack.engine.ContainerSpec;

import java.util.List;

/**
 * One service, ready for the engine.
 *
 * @param containers  one spec per replica, each attached to its first network; further networks are connected
 *                    after creation
 * @param pullPolicy  the service's {@code pull_policy}; {@link PullPolicy#MISSING} when it sets none
 * @param healthcheck true when the compose file declares a healthcheck (the image may have its own)
 * @param build       how to build the image when it is missing (or always, with pull_policy build); null if
 *                    the service has no {@code build:}
 * @param waitMode    what {@code up} waits for ({@code x-stack: {wait: ...}}); null to follow {@code stack.wait}
 * @param buildSecrets the secrets the build mounts ({@code build.secrets}), in the order the file lists them
 */
public record ServicePlan(String name, String image, PullPolicy pullPolicy, List<ContainerSpec> containers,
                          List<DependsOn> dependsOn, boolean healthcheck, String configHash,
                          io.github.stackmaven.stack.engine.BuildRequest build, WaitMode waitMode,
                          List<BuildSecret> buildSecrets) {

    public ServicePlan {
        pullPolicy = pullPolicy == null ? PullPolicy.MISSING : pullPolicy;
        containers = List.copyOf(containers);
        dependsOn = List.copyOf(dependsOn);
        buildSecrets = buildSecrets == null ? List.of() : List.copyOf(buildSecrets);
    }

    /** A service whose build mounts no secrets. */
    public ServicePlan(String name, String image, PullPolicy pullPolicy, List<ContainerSpec> containers,
                       List<DependsOn> dependsOn, boolean healthcheck, String configHash,
                       io.github.stackmaven.stack.engine.BuildRequest build, WaitMode waitMode) {
        this(name, image, pullPolicy, containers, dependsOn, healthcheck, configHash, build, waitMode, List.of());
    }

    /** A service that follows {@code stack.wait}. */
    public ServicePlan(String name, String image, PullPolicy pullPolicy, List<ContainerSpec> containers,
                       List<DependsOn> dependsOn, boolean healthcheck, String configHash,
                       io.github.stackmaven.stack.engine.BuildRequest build) {
        this(name, image, pullPolicy, containers, dependsOn, healthcheck, configHash, build, null);
    }
}
