package io.github.stackmaven.stack.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EventSink} for tests: what each level received, and all info and warn lines in order. */
public final class RecordingEvents implements EventSink {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> info = new CopyOnWriteArrayList<>();
    private final List<String> warn = new CopyOnWriteArrayList<>();
    private final List<String> debug = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        info.add(message);
        lines.add(message);
    }

    @Override
    public void warn(String message) {
        warn.add(message);
        lines.add("WARN " + message);
    }

    @Override
    public void debug(String message) {
        debug.add(message);
    }

    /** Info lines as they are and warnings prefixed {@code WARN }, in the order they came (live). */
    public List<String> lines() {
        return lines;
    }

    public List<String> info() {
        return info;
    }

    public List<String> warn() {
        return warn;
    }

    public List<String> debug() {
        return debug;
    }
}
