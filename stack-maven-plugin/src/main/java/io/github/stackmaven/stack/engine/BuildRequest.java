package io.github.stackmaven.stack.engine;

import java.util.List;
import java.util.Map;

/**
 * A {@code POST /build}: the context goes as an uncompressed tar stream written by {@code context}.
 *
 * @param dockerfile path of the Dockerfile inside the context
 * @param buildkit   {@code version=2} (BuildKit) rather than the classic builder
 */
public record BuildRequest(ContextWriter context, String dockerfile, String target, Map<String, String> args,
                           Map<String, String> labels, List<String> tags, String network, boolean pull,
                           boolean noCache, boolean buildkit) {

    public BuildRequest {
        args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        labels = Map.copyOf(labels);
        tags = List.copyOf(tags);
    }

    /** Writes the build context as a tar. */
    @FunctionalInterface
    public interface ContextWriter {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }
}
