package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.Resource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Removes every container, network and volume that carries the given labels, and lists again until a listing
 * comes back empty or the time is up: a removal that fails (the engine is busy, a removal is already in progress, a
 * create landed meanwhile) is retried in the next round instead of being left behind.
 */
public final class StackRemoval {
    private final EngineClient engine;
    private final Duration pause;

    public StackRemoval(EngineClient engine) {
        this(engine, Duration.ofMillis(250));
    }

    StackRemoval(EngineClient engine, Duration pause) {
        this.engine = engine;
        this.pause = pause;
    }

    /** @return true when a final listing found nothing left; false when something remained at the deadline */
    public boolean removeUntilGone(Map<String, String> labels, Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        while (true) {
            int left = removeOnce(labels);
            if (left == 0) {
                return true;
            }
            if (System.nanoTime() >= end) {
                return false;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** One round: lists and removes; returns how many objects the listings found (0: nothing was left). */
    private int removeOnce(Map<String, String> labels) {
        int found = 0;
        try {
            List<ContainerSummary> containers = engine.listContainers(labels);
            found += containers.size();
            for (ContainerSummary c : containers) {
                quietly(() -> engine.removeContainer(c.id(), true));
            }
            List<Resource> networks = engine.listNetworks(labels);
            found += networks.size();
            for (Resource n : networks) {
                quietly(() -> engine.removeNetwork(n.name()));
            }
            List<Resource> volumes = engine.listVolumes(labels);
            found += volumes.size();
            for (Resource v : volumes) {
                quietly(() -> engine.removeVolume(v.name()));
            }
        } catch (RuntimeException | LinkageError e) {
            return found + 1;  // the listing failed: nothing is known to be gone
        }
        return found;
    }

    private static void quietly(Runnable removal) {
        try {
            removal.run();
        } catch (RuntimeException | LinkageError e) {
            // the next round lists again and retries
        }
    }
}
