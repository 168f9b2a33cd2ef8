package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.FakeEngineClient;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackSessionTest {

    @Test
    void connectsAheadOnAThreadOfItsOwnAndOnce() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch release = new CountDownLatch(1);
        FakeEngineClient fake = new FakeEngineClient();
        try (StackSession session = new StackSession(host -> {
            threads.add(Thread.currentThread().getName());
            await(release);
            return fake;
        })) {
            session.connectAhead(null);
            session.connectAhead(null); // the same attempt
            release.countDown();
            assertSame(fake, session.engine(null));
            assertSame(fake, session.engine(null, EventSink.NONE));
            assertEquals(1, threads.size());
            assertNotEquals(Thread.currentThread().getName(), threads.get(0));
        }
        assertTrue(fake.isClosed(), "the session closes the connection");
    }

    @Test
    void aFailedAttemptIsReportedToTheCallerAndTriedAgainLater() {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        FakeEngineClient fake = new FakeEngineClient();
        try (StackSession session = new StackSession(host -> {
            if (attempts.incrementAndGet() == 1) {
                await(release);
                throw new EngineException("no engine yet");
            }
            return fake;
        })) {
            session.connectAhead(null);
            // the attempt fails while the goal waits for it (one that failed before anyone asked is made again)
            Thread failLater = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
                release.countDown();
            });
            failLater.start();
            EngineException e = assertThrows(EngineException.class, () -> session.engine(null));
            assertEquals("no engine yet", e.getMessage());
            assertSame(fake, session.engine(null), "the next goal connects again");
            assertEquals(2, attempts.get());
        }
    }

    @Test
    void anAttemptThatFailedBeforeAnyoneAskedIsMadeAgain() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch failed = new CountDownLatch(1);
        FakeEngineClient fake = new FakeEngineClient();
        try (StackSession session = new StackSession(host -> {
            if (attempts.incrementAndGet() == 1) {
                failed.countDown();
                throw new EngineException("engine still starting");
            }
            return fake;
        })) {
            session.connectAhead(null); // a goal that never needed the engine
            assertTrue(failed.await(10, TimeUnit.SECONDS));
            Thread.sleep(50); // the future completes right after the connector threw
            session.connectAhead(null); // the next goal
            assertSame(fake, session.engine(null));
            assertEquals(2, attempts.get());
        }
    }

    @Test
    void closingWaitsForAnAttemptUnderWayAndClosesItsConnection() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        FakeEngineClient fake = new FakeEngineClient();
        StackSession session = new StackSession(host -> {
            started.countDown();
            await(release);
            return fake;
        });
        session.connectAhead("tcp://elsewhere:2376");
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread closer = new Thread(session::close);
        closer.start();
        closer.join(200);
        assertTrue(closer.isAlive(), "close waits while the attempt is under way");
        release.countDown();
        closer.join(10_000);
        assertTrue(fake.isClosed(), "a connection made after its goal ended is closed with the session");
    }

    @Test
    void engineTimeSumsTheConnectionsOfTheSession() {
        EngineClient engine = new FakeEngineClient();
        try (StackSession session = new StackSession(host -> engine)) {
            session.engine(null);
            engine.time().enter();
            engine.time().exit();
            assertEquals(engine.time().total(), session.engineTime());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
