package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.StackLabels;

import java.util.List;
import java.util.Optional;

/**
 * A stack as found on the engine: the containers sharing one compose project label and carrying the plugin's run
 * label.
 *
 * @param environment dev, test, prod or ci; null when the label is missing
 * @param run         the run id of the {@code up} that created it
 */
public record StackSummary(String project, String environment, String run, Optional<Owner> owner,
                           List<ContainerSummary> containers) {

    public StackSummary {
        containers = List.copyOf(containers);
    }

    public long running() {
        return containers.stream().filter(c -> "running".equals(c.state())).count();
    }

    /** Started with {@code stack.keepRunning}: the dead-owner sweep leaves it until {@code stack:down} removes it. */
    public boolean kept() {
        return containers.stream().anyMatch(c -> "true".equals(c.label(StackLabels.KEEP)));
    }

    public Owner.Liveness ownerLiveness() {
        return owner.map(Owner::liveness).orElse(Owner.Liveness.UNKNOWN);
    }
}
