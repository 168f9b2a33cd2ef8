package io.github.stackmaven.stack.engine.docker;

import java.util.List;

/** One decoded BuildKit {@code StatusResponse}: partial updates that repeat and refine earlier ones. */
record TraceUpdate(List<TraceVertex> vertexes, List<TraceStatus> statuses, List<TraceLog> logs,
        List<TraceWarning> warnings) {

    public TraceUpdate {
        vertexes = List.copyOf(vertexes);
        statuses = List.copyOf(statuses);
        logs = List.copyOf(logs);
        warnings = List.copyOf(warnings);
    }
}
