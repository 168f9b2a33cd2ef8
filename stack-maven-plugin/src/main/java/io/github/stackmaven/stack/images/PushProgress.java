package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.PushEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints a push's events without flooding the log: one line per layer when its state changes ({@code Preparing},
 * {@code Waiting}, {@code Pushing}, {@code Pushed}, {@code Layer already exists}) and the lines about the whole
 * push ({@code The push refers to repository [...]}, the digest line). The bytes of layers that take a while go to
 * a {@link LayerProgress} ({@code pushing 3f2a1b2c3d4e: 12.3 MiB / 48.0 MiB} every few seconds).
 */
public final class PushProgress {

    private final Consumer<String> out;
    private final LayerProgress bytes;
    private final Map<String, String> layerState = new HashMap<>();
    private String tag;

    public PushProgress(Consumer<String> out) {
        this(out, null);
    }

    /** @param bytes where the byte counts of {@code Pushing} messages go; null to drop them */
    public PushProgress(Consumer<String> out, LayerProgress bytes) {
        this.out = out;
        this.bytes = bytes;
    }

    public void accept(PushEvent event) {
        if (event instanceof PushEvent.Status s) {
            out.accept(s.line());
        } else if (event instanceof PushEvent.Digest d) {
            tag = d.tag();
        } else if (event instanceof PushEvent.Layer l) {
            if (bytes != null && l.status().equals("Pushing")) {
                bytes.update(l.layer(), l.status(), l.current(), l.total());
            }
            if (!l.status().equals(layerState.put(l.layer(), l.status()))) {
                out.accept(l.layer() + ": " + l.status());
            }
        }
    }

    /** The tag the engine reported with the digest, or null. */
    public String tag() {
        return tag;
    }

    /** Number of distinct layers seen. */
    public int layerCount() {
        return layerState.size();
    }
}
