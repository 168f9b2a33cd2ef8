package io.github.stackmaven.stack.stack;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.Resource;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Removes a stack: its containers, then its networks, then (when asked, and always for disposable test stacks) its
 * named volumes. Only resources carrying the project's label are touched, so external networks and volumes, which
 * the stack never created, are never removed.
 */
public final class StackDown {
    private final EngineClient engine;
    private final EventSink events;

    public StackDown(EngineClient engine, EventSink events) {
        this.engine = engine;
        this.events = events;
    }

    /**
     * @param disposable    remove at once without graceful stops, anonymous volumes included (test and ci stacks)
     * @param removeVolumes remove the stack's named volumes too
     * @return how many containers were removed
     */
    public int down(String project, boolean disposable, boolean removeVolumes) {
        Map<String, String> selector = Map.of(StackLabels.PROJECT, project);
        List<ContainerSummary> containers = engine.listContainers(selector);
        CompletableFuture.allOf(containers.stream().map(c -> CompletableFuture.runAsync(() -> {
            if (!disposable) {
                engine.stopContainer(c.id(), null);
            }
            engine.removeContainer(c.id(), disposable);
        })).toArray(CompletableFuture[]::new)).join();
        for (Resource n : engine.listNetworks(selector)) {
            engine.removeNetwork(n.name());
        }
        List<Resource> volumes = engine.listVolumes(selector);
        if (disposable || removeVolumes) {
            volumes.forEach(v -> engine.removeVolume(v.name()));
        } else if (!volumes.isEmpty()) {
            events.info("Kept volume(s) " + String.join(", ", volumes.stream().map(Resource::name).toList())
                    + "; -Dstack.removeVolumes=true removes them");
        }
        return containers.size();
    }

}
