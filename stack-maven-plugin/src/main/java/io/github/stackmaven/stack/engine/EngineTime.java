package io.github.stackmaven.stack.engine;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long a client waited for its engine: the time during which at least one request was waiting for the
 * engine's answer, or a stack's containers were being given time to become ready (waits in parallel count once). A goal's time minus this is the plugin's own (loading, reading
 * files, decoding answers, planning), which {@code -Dstack.timing=true} reports.
 */
public final class EngineTime {
    /** For clients that keep no time (test doubles): shared, never reported. */
    public static final EngineTime NONE = new EngineTime();

    private final LongSupplier clock;
    private int waiting;
    private long since;
    private long total;

    public EngineTime() {
        this(System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    public EngineTime(LongSupplier clock) {
        this.clock = clock;
    }

    /** A request starts waiting (for the answer's head, or for the next bytes of its body). */
    public synchronized void enter() {
        if (waiting++ == 0) {
            since = clock.getAsLong();
        }
    }

    /** That wait ended. */
    public synchronized void exit() {
        if (waiting == 0) {
            throw new IllegalStateException("exit() without enter()");
        }
        if (--waiting == 0) {
            total += clock.getAsLong() - since;
        }
    }

    /** The time waited so far, the wait under way included. */
    public synchronized Duration total() {
        return Duration.ofNanos(total + (waiting > 0 ? clock.getAsLong() - since : 0));
    }
}
