package io.github.stackmaven.stack.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EngineTimeTest {
    private final AtomicLong now = new AtomicLong();
    private final EngineTime time = new EngineTime(now::get);

    @Test
    void countsEachWait() {
        time.enter();
        now.addAndGet(100);
        time.exit();
        now.addAndGet(1_000); // the plugin's own
        time.enter();
        now.addAndGet(20);
        time.exit();
        assertEquals(Duration.ofNanos(120), time.total());
    }

    @Test
    void countsParallelWaitsOnce() {
        time.enter();          // a removal
        now.addAndGet(50);
        time.enter();          // a second one, in parallel
        now.addAndGet(50);
        time.exit();
        now.addAndGet(30);
        time.exit();
        assertEquals(Duration.ofNanos(130), time.total());
    }

    @Test
    void includesTheWaitUnderWay() {
        time.enter();
        now.addAndGet(70);
        assertEquals(Duration.ofNanos(70), time.total());
        time.exit();
        now.addAndGet(70);
        assertEquals(Duration.ofNanos(70), time.total());
    }

    @Test
    void refusesAnExitWithoutEnter() {
        assertThrows(IllegalStateException.class, time::exit);
    }
}
