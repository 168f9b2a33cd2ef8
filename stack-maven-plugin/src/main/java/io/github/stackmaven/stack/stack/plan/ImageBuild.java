package io.github.stackmaven.stack.stack.plan;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A service's {@code build:} section in engine terms: what to build, and the tag the service runs. */
public record ImageBuild(String service, Path context, String dockerfile, String dockerfileInline, String target,
                         Map<String, String> args, Map<String, String> labels, List<String> tags, String network,
                         boolean pull, boolean noCache) {

    public ImageBuild {
        args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        labels = Map.copyOf(labels);
        tags = List.copyOf(tags);
    }
}
