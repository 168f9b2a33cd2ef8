package io.github.stackmaven.stack.compose.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a piece of work on its own thread and fails when it uses more than {@link #CPU} of CPU time: the "no input
 * takes over 5 s" bound, measured as work done rather than wall time, so that a CI machine shared with other builds
 * does not make it flaky. A wall-clock cap ({@link #WALL}) still catches a thread that blocks forever.
 */
final class Bounded {

    static final Duration CPU = Duration.ofSeconds(5);
    static final Duration WALL = Duration.ofSeconds(60);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Bounded() {
    }

    static <T> T call(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "bounded-work");
        thread.setDaemon(true);
        long start = System.nanoTime();
        thread.start();
        try {
            while (thread.isAlive()) {
                thread.join(20);
                long cpu = THREADS.getThreadCpuTime(thread.getId());
                if (cpu > CPU.toNanos() || System.nanoTime() - start > WALL.toNanos()) {
                    thread.interrupt();
                    throw new AssertionFailedError("still running after " + Duration.ofNanos(cpu).toMillis()
                            + " ms of CPU time (limit " + CPU.toMillis() + " ms) and "
                            + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms of wall time");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new AssertionFailedError("failed", t);
        }
        return result.get();
    }
}
