package io.github.stackmaven.stack.engine.docker;

import java.time.Instant;
import java.util.List;

/**
 * A BuildKit {@code Vertex} (one build step) as sent in a {@code moby.buildkit.trace} message; absent
 * timestamps are null, an empty error means none.
 */
record TraceVertex(String digest, List<String> inputs, String name, boolean cached, Instant started,
        Instant completed, String error) {

    public TraceVertex {
        inputs = List.copyOf(inputs);
    }
}
