package io.github.stackmaven.stack.stack;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.Resource;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.stack.plan.StackPlan;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Removes test and ci stacks whose owning build is gone (killed with {@code kill -9}, crashed, power loss): the
 * owner label names a process on this host that no longer runs. Dev and prod stacks outlive their build by design
 * and are never swept; stacks owned by another host are left alone, since their owner cannot be checked.
 */
public final class StackSweeper {
    private final EngineClient engine;
    private final EventSink events;

    public StackSweeper(EngineClient engine, EventSink events) {
        this.engine = engine;
        this.events = events;
    }

    /** @return the projects removed */
    public Set<String> sweep() {
        Map<String, String> ours = java.util.Collections.singletonMap(StackLabels.RUN, null);
        Set<String> orphans = new TreeSet<>();
        Stream.concat(engine.listContainers(ours).stream().map(ContainerSummary::labels),
                        Stream.concat(engine.listNetworks(ours).stream(), engine.listVolumes(ours).stream())
                                .map(Resource::labels))
                .filter(labels -> StackPlan.isDisposable(labels.get(StackLabels.ENVIRONMENT)))
                .filter(labels -> Owner.parse(labels.get(StackLabels.OWNER))
                        .map(o -> o.liveness() == Owner.Liveness.GONE).orElse(false))
                .map(labels -> labels.get(StackLabels.PROJECT))
                .filter(p -> p != null && !p.isEmpty())
                .forEach(orphans::add);
        StackDown down = new StackDown(engine, events);
        for (String project : orphans) {
            events.info("Removing test stack " + project + ": the build that started it is gone");
            down.down(project, true, true);
        }
        return orphans;
    }
}
