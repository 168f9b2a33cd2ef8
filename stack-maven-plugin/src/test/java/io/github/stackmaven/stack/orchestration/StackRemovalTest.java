package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.StackLabels;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The removal the shutdown hook runs: remove by label, list again, until nothing is left or time is up. */
class StackRemovalTest {
    private static final Map<String, String> RUN = Map.of(StackLabels.PROJECT, "p-test-1", StackLabels.RUN, "r1");

    private static FakeEngineClient engineWith(Map<String, String> labels, String... networks) {
        FakeEngineClient engine = new FakeEngineClient();
        for (String n : networks) {
            engine.createNetwork(new NetworkConfig(n, null, Map.of(), false, false, false, labels, null, List.of()));
        }
        return engine;
    }

    @Test
    void failedRemovalsAreRetriedUntilAListingFindsNothing() {
        FakeEngineClient engine = engineWith(RUN, "p-test-1_default", "p-test-1_inner");
        engine.volumes.put("p-test-1_data", RUN);
        engine.failingRemovals.set(2);  // both networks fail once: a single pass would leave them
        boolean gone = new StackRemoval(engine, Duration.ZERO).removeUntilGone(RUN, Duration.ofSeconds(5));
        assertThat(gone).isTrue();
        assertThat(engine.networks).isEmpty();
        assertThat(engine.volumes).isEmpty();
    }

    @Test
    void onlyWhatCarriesTheRunsLabelsIsRemoved() {
        FakeEngineClient engine = engineWith(RUN, "p-test-1_default");
        engine.networks.put("other_default", Map.of(StackLabels.PROJECT, "p-test-1", StackLabels.RUN, "r2"));
        assertThat(new StackRemoval(engine, Duration.ZERO).removeUntilGone(RUN, Duration.ofSeconds(5))).isTrue();
        assertThat(engine.networks).containsOnlyKeys("other_default");
    }

    @Test
    void whatCannotBeRemovedIsReported_withinTheBudget() {
        FakeEngineClient engine = engineWith(RUN, "p-test-1_default");
        engine.dropNow(Integer.MAX_VALUE);
        long start = System.nanoTime();
        assertThat(new StackRemoval(engine, Duration.ofMillis(10)).removeUntilGone(RUN, Duration.ofMillis(300)))
                .isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
}
