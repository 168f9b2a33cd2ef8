package io.github.stackmaven.stack.engine;

import java.util.Map;

/** A network or volume as the engine lists it. */
public record Resource(String name, Map<String, String> labels) {

    public Resource {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    public String label(String key) {
        return labels.get(key);
    }
}
