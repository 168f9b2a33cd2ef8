package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.plan.PlanOptions;
import io.github.stackmaven.stack.plan.StackPlan;
import io.github.stackmaven.stack.plan.StackPlanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An up that is stopped from outside: the build is cancelled (shutdown hook), or the engine connection drops. */
class StackUpInterruptionsTest {
    private static final String WIDE = """
            services:
              s1: {image: busybox}
              s2: {image: busybox}
              s3: {image: busybox}
              s4: {image: busybox}
              s5: {image: busybox}
              s6: {image: busybox}
            """;

    @TempDir
    Path dir;

    private StackPlan plan(String yaml, String environment) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        ComposeProject compose = ComposeLoader.load(LoadRequest.of(dir, Map.of(), dir.resolve("compose.yaml"))
                .withProjectName("shop"));
        String project = "test".equals(environment) ? "shop-test-abcd1234" : "shop";
        return StackPlanner.plan(compose, new PlanOptions(project, environment, null), Set.of());
    }

    private static RunOptions options() {
        return new RunOptions("run1", Owner.current(), Duration.ofSeconds(20), Map.of(), null, 30);
    }

    @Test
    void theHookCancelsUp_waitsForTheCreateInFlight_andLeavesNothing() throws Exception {
        FakeEngineClient engine = new FakeEngineClient();
        engine.createGate = new CountDownLatch(1);
        UpCancellation cancellation = new UpCancellation();
        StackPlan plan = plan(WIDE, "test");
        CompletableFuture<UpResult> up = CompletableFuture.supplyAsync(() -> new StackUp(engine, EventSink.NONE)
                .withCancellation(cancellation).up(plan, options()));
        assertThat(engine.createEntered.await(10, TimeUnit.SECONDS)).isTrue();
        // SIGTERM now: one create (at least) is with the engine, the others are queued behind the gate or not begun
        ShutdownCleanup.Registration registration = new ShutdownCleanup.Registration("shop-test-abcd1234", "run1",
                cancellation, () -> engine);
        CompletableFuture<Void> hook = CompletableFuture.runAsync(() -> ShutdownCleanup.remove(registration,
                Duration.ofSeconds(10), Duration.ofSeconds(10), true));
        Thread.sleep(300);
        assertThat(hook).as("the hook waits for the create in flight").isNotDone();
        engine.createGate.countDown();  // the in-flight creates return: their containers exist now
        hook.get(20, TimeUnit.SECONDS);
        assertThat(engine.containerServices()).as("containers left").isEmpty();
        assertThat(engine.networks).as("networks left").isEmpty();
        assertThatThrownBy(() -> up.get(20, TimeUnit.SECONDS)).hasMessageContaining("the build is stopping");
        long creates = engine.events.stream().filter(e -> e.startsWith("create s")).count();
        long removes = engine.events.stream().filter(e -> e.startsWith("remove s")).count();
        assertThat(removes).as("every container created was removed").isEqualTo(creates);
        assertThat(cancellation.isCancelled()).isTrue();
    }

    @Test
    void aCancelledUpStartsNoFurtherCreate() throws IOException {
        FakeEngineClient engine = new FakeEngineClient();
        UpCancellation cancellation = new UpCancellation();
        cancellation.cancel();
        assertThatThrownBy(() -> new StackUp(engine, EventSink.NONE).withCancellation(cancellation)
                .up(plan(WIDE, "test"), options())).hasMessageContaining("the build is stopping");
        assertThat(engine.events).noneMatch(e -> e.startsWith("create"));
    }

    @Test
    void aLostConnectionIsOneMessage_andWhatWasCreatedIsRemovedOnceTheEngineAnswers() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().dropConnection(2, 3);
        StackPlan plan = plan(WIDE, "test");
        assertThatThrownBy(() -> new StackUp(engine, EventSink.NONE).withReconnectPauses(List.of(Duration.ZERO,
                Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO)).up(plan, options()))
                .isInstanceOf(StackException.class)
                // the first call to meet the dropped connection is a create or a readiness inspect of a started one
                .hasMessageMatching("(?s)Stack shop-test-abcd1234 did not come up: Lost the connection to the Docker"
                        + " engine at unix:///fake\\.sock while (creating|inspecting) container .*")
                .hasMessageContaining("(SocketException: Connection reset)")
                .hasMessageContaining("Once the engine answered again, everything the stack created was removed.")
                .hasMessageNotContaining("\tat ");
        assertThat(engine.events).filteredOn(e -> e.startsWith("create s")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(engine.containerServices()).isEmpty();
        assertThat(engine.networks).isEmpty();
    }

    @Test
    void aLostConnectionThatStaysLost_saysWhatIsLeftAndWhoRemovesIt() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().dropConnection(2, Integer.MAX_VALUE);
        StackPlan plan = plan(WIDE, "test");
        assertThatThrownBy(() -> new StackUp(engine, EventSink.NONE).withReconnectPauses(List.of(Duration.ZERO,
                Duration.ZERO)).up(plan, options()))
                .hasMessageContaining("Lost the connection to the Docker engine")
                .hasMessageContaining("The engine did not answer again")
                .hasMessageContaining("the next stack:up on this engine removes it, or run `docker compose -p"
                        + " shop-test-abcd1234 down -v`.");
        assertThat(engine.containerServices()).as("the engine never answered: the created containers are left")
                .isNotEmpty();
    }

    @Test
    void aConnectionLostWhileWaitingIsTheSameOneMessage() throws Exception {
        // the watcher turned it into a plain service failure: rollback then threw past up's handling
        FakeEngineClient engine = new FakeEngineClient().life("db", FakeEngineClient.Life.healthyAfter(100_000));
        StackPlan plan = plan("""
                services:
                  db:
                    image: busybox
                    healthcheck: {test: ["CMD", "true"]}
                """, "test");
        java.util.concurrent.CompletableFuture<Throwable> failure = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        new StackUp(engine, EventSink.NONE).withReconnectPauses(List.of(Duration.ZERO))
                                .up(plan, options());
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!engine.events.contains("start db") && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        engine.dropNow(Integer.MAX_VALUE);
        assertThat(failure.get(20, java.util.concurrent.TimeUnit.SECONDS))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("Lost the connection to the Docker engine at unix:///fake.sock while inspecting")
                .hasMessageContaining("The engine did not answer again");
    }
}
