package io.github.stackmaven.stack.orchestration;

import java.time.Duration;

/**
 * Stops an {@code up} from creating anything more, and tells when the creates already sent to the engine have
 * returned: after {@link #cancel()} and {@link #awaitNoCreates}, a listing by label sees every container and network
 * this {@code up} will ever create. The shutdown hook uses it before it removes the stack.
 */
public final class UpCancellation {
    private boolean cancelled;
    private int inFlight;

    /** No create starts after this; {@code up} fails with "cancelled" at its next step. */
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Before a create: throws when cancelled, else counts the create as in flight until {@link #endCreate()}. */
    synchronized void beginCreate(String what) {
        if (cancelled) {
            throw new Cancelled(what);
        }
        inFlight++;
    }

    synchronized void endCreate() {
        inFlight--;
        notifyAll();
    }

    /** Waits until no create is in flight, at most {@code timeout}; true when none is. */
    public synchronized boolean awaitNoCreates(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (inFlight > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return inFlight == 0;
            }
        }
        return true;
    }

    /** The build is stopping: {@code up} creates nothing more. */
    static final class Cancelled extends StackException {
        private static final long serialVersionUID = 1L;

        Cancelled(String what) {
            super("not " + what + ": the build is stopping");
        }
    }
}
