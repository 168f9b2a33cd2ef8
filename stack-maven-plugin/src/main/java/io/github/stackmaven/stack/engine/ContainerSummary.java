package io.github.stackmaven.stack.engine;

import java.util.List;
import java.util.Map;

/**
 * A container as the engine lists it.
 *
 * @param state  created, running, paused, restarting, removing, exited or dead
 * @param status the engine's human text ("Up 3 minutes (healthy)")
 */
public record ContainerSummary(String id, String name, String image, String state, String status,
                               Map<String, String> labels, List<PublishedPort> ports) {

    public ContainerSummary {
        labels = Map.copyOf(labels);
        ports = List.copyOf(ports);
    }

    public String label(String key) {
        return labels.get(key);
    }

    public String shortId() {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
