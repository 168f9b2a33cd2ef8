package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.images.BuiltImage;

import java.nio.file.Path;
import java.util.List;

/** What {@code build} made, in build order, and where it listed them. */
public record BuildResult(List<BuiltImage> images, Path imagesJson) {

    public BuildResult {
        images = List.copyOf(images);
    }
}
