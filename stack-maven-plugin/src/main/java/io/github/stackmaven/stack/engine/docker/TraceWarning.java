package io.github.stackmaven.stack.engine.docker;

import java.util.List;

/** A BuildKit {@code VertexWarning} (Dockerfile lint and deprecation warnings). */
record TraceWarning(String vertex, long level, String shortMessage, List<String> detail, String url) {

    public TraceWarning {
        detail = List.copyOf(detail);
    }
}
