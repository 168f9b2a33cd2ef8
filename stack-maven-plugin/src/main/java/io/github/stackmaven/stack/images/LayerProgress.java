package io.github.stackmaven.stack.images;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns the engine's per-layer messages of a pull or push into lines a person reads at info level, without the
 * flood of the docker CLI's progress bars: while a layer's bytes move, one line per layer every {@code every}
 * ({@code pulling 3f2a1b2c3d4e: 12.3 MiB / 48.0 MiB}); when a layer that was shown finishes, one line with its size
 * ({@code pulled 3f2a1b2c3d4e: 48.0 MiB}). Layers that finish within {@code every} and every other state change
 * ({@code Waiting}, {@code Verifying Checksum}, …) go to debug. Not thread-safe: one instance per pull or push.
 */
public final class LayerProgress {

    /** How often a moving layer gets a line. */
    public static final Duration DEFAULT_EVERY = Duration.ofSeconds(5);

    private final Consumer<String> info;
    private final Consumer<String> debug;
    private final LongSupplier nanoTime;
    private final long everyNanos;
    private final Map<String, Layer> layers = new HashMap<>();

    private static final class Layer {
        String status;
        long movingSince = -1;
        long lastShown = -1;
        long total;
        boolean shown;
    }

    public LayerProgress(Consumer<String> info, Consumer<String> debug) {
        this(info, debug, System::nanoTime, DEFAULT_EVERY);
    }

    public LayerProgress(Consumer<String> info, Consumer<String> debug, LongSupplier nanoTime, Duration every) {
        this.info = info;
        this.debug = debug;
        this.nanoTime = nanoTime;
        this.everyNanos = every.toNanos();
    }

    /**
     * One message. {@code current}/{@code total} are bytes, 0 when the engine gave none.
     *
     * @return true when it became an info line
     */
    public boolean update(String id, String status, long current, long total) {
        if (id == null || id.isEmpty() || status == null) {
            return false;
        }
        Layer layer = layers.computeIfAbsent(id, k -> new Layer());
        boolean changed = !status.equals(layer.status);
        layer.status = status;
        String moving = movingVerb(status);
        if (moving != null && current > 0) {
            long now = nanoTime.getAsLong();
            if (total > 0) {
                layer.total = Math.max(layer.total, total);
            }
            if (changed || layer.movingSince < 0) {
                layer.movingSince = now;
                layer.lastShown = now;
            }
            if (now - layer.lastShown >= everyNanos) {
                layer.lastShown = now;
                layer.shown = true;
                info.accept(moving + " " + id + ": " + mib(current) + (total > 0 ? " / " + mib(total) : ""));
                return true;
            }
            if (changed) {
                debug.accept(id + ": " + status);
            }
            return false;
        }
        layer.movingSince = -1;
        String done = doneVerb(status);
        if (done != null && layer.shown) {
            info.accept(done + " " + id + (layer.total > 0 ? ": " + mib(layer.total) : ""));
            layer.shown = false;
            return true;
        }
        if (changed) {
            debug.accept(id + ": " + status);
        }
        return false;
    }

    /** Layers seen so far. */
    public int layerCount() {
        return layers.size();
    }

    private static String movingVerb(String status) {
        return switch (status) {
            case "Downloading" -> "pulling";
            case "Extracting" -> "extracting";
            case "Pushing" -> "pushing";
            default -> null;
        };
    }

    private static String doneVerb(String status) {
        return switch (status) {
            case "Download complete" -> "downloaded";
            case "Pull complete" -> "pulled";
            case "Pushed" -> "pushed";
            default -> null;
        };
    }

    /** Binary units, one decimal: {@code 512 B}, {@code 12.3 KiB}, {@code 48.0 MiB}, {@code 1.2 GiB}. */
    static String mib(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes / 1024.0;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
