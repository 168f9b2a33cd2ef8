package io.github.stackmaven.stack.stack;

import io.github.stackmaven.stack.engine.ContainerSummary;

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

    public Owner.Liveness ownerLiveness() {
        return owner.map(Owner::liveness).orElse(Owner.Liveness.UNKNOWN);
    }
}
