package io.github.stackmaven.stack.engine.docker;

import java.time.Instant;

/** A BuildKit {@code VertexStatus}: progress of one task of a vertex (a layer download, a context transfer). */
record TraceStatus(String id, String vertex, String name, long current, long total, Instant timestamp,
        Instant started, Instant completed) {
}
