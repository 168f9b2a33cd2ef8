package io.github.stackmaven.stack.images;

import java.util.List;

/**
 * One image {@code build} made: the Dockerfile target, the engine's image id and the names it was tagged with
 * (the first is its {@code <repository>:<version>}).
 */
public record BuiltImage(String target, String id, List<String> tags) {

    public BuiltImage {
        tags = List.copyOf(tags);
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("a built image has at least one tag");
        }
    }

    /** The repository the image was built as, without tag: where {@code push} sends it. */
    public ImageRef repository() {
        ImageRef ref = ImageRef.parse(tags.get(0));
        return ImageRef.parse(ref.familiarName());
    }
}
