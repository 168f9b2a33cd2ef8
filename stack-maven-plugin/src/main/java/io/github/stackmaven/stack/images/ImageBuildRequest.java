package io.github.stackmaven.stack.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One image to build.
 *
 * @param dockerfile       path relative to the context; null for {@code Dockerfile}
 * @param dockerfileInline Dockerfile content given inline; wins over {@code dockerfile}
 * @param tags             every tag the image gets; the first names it in messages
 */
public record ImageBuildRequest(Path context, String dockerfile, String dockerfileInline, String target,
                                Map<String, String> args, Map<String, String> labels, List<String> tags,
                                String network, boolean pull, boolean noCache) {

    public ImageBuildRequest {
        args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        labels = Map.copyOf(labels);
        tags = List.copyOf(tags);
    }

    public String name() {
        return tags.isEmpty() ? context.toString() : tags.get(0);
    }
}
