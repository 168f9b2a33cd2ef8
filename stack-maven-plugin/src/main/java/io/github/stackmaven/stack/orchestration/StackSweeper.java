package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.Resource;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.plan.EnvironmentKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Removes what test and ci stacks left behind when their build died (killed with {@code kill -9}, crashed, power
 * loss). It removes exactly the containers, networks and volumes that carry all of: the plugin's run label, a test or
 * ci environment label, and an owner label naming a process on this host that no longer runs; never a whole compose
 * project by name. Dev and prod stacks outlive their build by design and are never swept; stacks owned by another host
 * are left alone, since their owner cannot be checked; stacks started with {@code stack.keepRunning} carry
 * {@code io.github.stackmaven.keep=true} and stay until {@code stack:down} removes them.
 */
public final class StackSweeper {
    private final EngineClient engine;
    private final EventSink events;

    public StackSweeper(EngineClient engine, EventSink events) {
        this.engine = engine;
        this.events = events;
    }

    /** @return the projects whose left-overs were removed */
    public Set<String> sweep() {
        Map<String, String> ours = Collections.singletonMap(StackLabels.RUN, null);
        List<ContainerSummary> containers = engine.listContainers(ours).stream()
                .filter(c -> isOrphan(c.labels())).toList();
        List<Resource> networks = engine.listNetworks(ours).stream().filter(n -> isOrphan(n.labels())).toList();
        List<Resource> volumes = engine.listVolumes(ours).stream().filter(v -> isOrphan(v.labels())).toList();
        Map<String, List<String>> byProject = new TreeMap<>();
        containers.forEach(c -> add(byProject, c.labels(), "container " + c.name()));
        networks.forEach(n -> add(byProject, n.labels(), "network " + n.name()));
        volumes.forEach(v -> add(byProject, v.labels(), "volume " + v.name()));
        byProject.forEach((project, what) -> events.info("Removing test stack " + project
                + ": the build that started it is gone (" + String.join(", ", what) + ")"));
        containers.forEach(c -> tryRemove("container " + c.name(), c.id(), id -> engine.removeContainer(id, true)));
        networks.forEach(n -> tryRemove("network " + n.name(), n.name(), engine::removeNetwork));
        volumes.forEach(v -> tryRemove("volume " + v.name(), v.name(), engine::removeVolume));
        return byProject.keySet();
    }

    /** Ours (run label), disposable (test or ci), not kept, and its owner is a process on this host that is gone. */
    static boolean isOrphan(Map<String, String> labels) {
        String run = labels.get(StackLabels.RUN);
        return run != null && !run.isBlank()
                && EnvironmentKind.of(labels.get(StackLabels.ENVIRONMENT)).isDisposable()
                && !"true".equals(labels.get(StackLabels.KEEP))
                && Owner.parse(labels.get(StackLabels.OWNER)).map(o -> o.liveness() == Owner.Liveness.GONE)
                .orElse(false);
    }

    private static void add(Map<String, List<String>> byProject, Map<String, String> labels, String what) {
        String project = labels.getOrDefault(StackLabels.PROJECT, "(no project)");
        byProject.computeIfAbsent(project, k -> new ArrayList<>()).add(what);
    }

    private void tryRemove(String what, String id, Consumer<String> removal) {
        try {
            removal.accept(id);
        } catch (EngineException e) {
            // still in use by something we do not remove, or the engine refused: the next up tries again
            events.warn("Could not remove " + what + " of a dead build: " + e.getMessage()
                    + "; the next stack:up tries again");
        }
    }
}
