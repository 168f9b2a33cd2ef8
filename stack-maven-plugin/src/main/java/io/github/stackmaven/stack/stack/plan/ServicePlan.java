package io.github.stackmaven.stack.stack.plan;

import io.github.stackmaven.stack.engine.ContainerSpec;

import java.util.List;

/**
 * One service, ready for the engine.
 *
 * @param containers  one spec per replica, each attached to its first network; further networks are connected
 *                    after creation
 * @param pullPolicy  {@code missing} (default), {@code always}, {@code never} or {@code build}
 * @param healthcheck true when the container will report health (its own check or the image's)
 */
public record ServicePlan(String name, String image, String pullPolicy, List<ContainerSpec> containers,
                          List<DependsOn> dependsOn, boolean healthcheck, String configHash) {

    public ServicePlan {
        containers = List.copyOf(containers);
        dependsOn = List.copyOf(dependsOn);
    }
}
