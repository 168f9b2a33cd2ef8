package io.github.stackmaven.stack.engine;

import java.util.List;
import java.util.Map;

/**
 * What the engine knows of a local image.
 *
 * @param id          {@code sha256:...}
 * @param labels      the image config's labels
 * @param user        the image config's {@code USER}, empty for root
 * @param repoTags    local names ({@code app:1.0})
 * @param repoDigests names with the digest a registry gave on push or pull ({@code host/app@sha256:...})
 */
public record ImageInfo(String id, Map<String, String> labels, String user, List<String> repoTags,
                        List<String> repoDigests) {

    public ImageInfo {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        user = user == null ? "" : user;
        repoTags = repoTags == null ? List.of() : List.copyOf(repoTags);
        repoDigests = repoDigests == null ? List.of() : List.copyOf(repoDigests);
    }
}
