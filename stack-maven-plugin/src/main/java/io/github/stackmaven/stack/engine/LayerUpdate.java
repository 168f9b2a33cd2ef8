package io.github.stackmaven.stack.engine;

/**
 * One progress message of a pull, as the engine reports it: the layer ({@code 3f2a1b2c3d4e}; empty for messages
 * about the whole image such as {@code Digest: sha256:…}), its status ({@code Downloading}, {@code Extracting},
 * {@code Pull complete}, …) and, while bytes move, how many of how many ({@code 0} when unknown).
 */
public record LayerUpdate(String layer, String status, long current, long total) {

    public LayerUpdate {
        layer = layer == null ? "" : layer;
        status = status == null ? "" : status;
    }

    /** The line the docker CLI would print without its progress bar: {@code 3f2a1b2c3d4e: Pull complete}. */
    @Override
    public String toString() {
        return layer.isEmpty() ? status : layer + ": " + status;
    }
}
