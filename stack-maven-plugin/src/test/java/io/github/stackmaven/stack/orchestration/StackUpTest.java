package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.FakeEngineClient.Life;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The orchestration of up, against an engine in memory. Real-engine behaviour is covered by the invoker ITs. */
class StackUpTest {
    private static final String STACK = """
            services:
              db:
                image: busybox
                healthcheck: {test: ["CMD", "true"]}
              migrate:
                image: busybox
                depends_on:
                  db: {condition: service_healthy}
              app:
                image: busybox
                depends_on:
                  migrate: {condition: service_completed_successfully}
                  cache: {condition: service_started}
              cache:
                image: busybox
            volumes:
              data: {}
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

    private static RunOptions options(Duration timeout) {
        return new RunOptions("run1", Owner.current(), timeout, Map.of("ci.job", "42"), null, 30);
    }

    private static UpResult up(FakeEngineClient engine, StackPlan plan) {
        return new StackUp(engine, EventSink.NONE).up(plan, options(Duration.ofSeconds(20)));
    }

    @Test
    void eachServiceIsCreatedOnlyOnceItsConditionHolds() throws IOException {
        FakeEngineClient engine = new FakeEngineClient()
                .life("db", Life.healthyAfter(3))
                .life("migrate", Life.exitsAfter(2, 0));
        up(engine, plan(STACK, "test"));
        List<String> e = engine.events;
        assertThat(e.indexOf("healthy db")).isGreaterThan(e.indexOf("start db")).isLessThan(e.indexOf("create migrate"));
        assertThat(e.indexOf("exited migrate")).isLessThan(e.indexOf("create app"));
        assertThat(e.indexOf("start cache")).isLessThan(e.indexOf("create app"));
        // cache waits for nothing: it does not wait for the db chain either
        assertThat(e.indexOf("create cache")).isLessThan(e.indexOf("healthy db"));
    }

    @Test
    void everythingCarriesTheRunLabelsAndTheExtraLabels() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.healthyAfter(1))
                .life("migrate", Life.exitsAfter(1, 0));
        up(engine, plan(STACK, "test"));
        List<Map<String, String>> all = new java.util.ArrayList<>();
        engine.listContainers(Map.of()).forEach(c -> all.add(c.labels()));
        all.addAll(engine.networks.values());
        all.addAll(engine.volumes.values());
        assertThat(all).hasSize(4 + 1 + 1).allSatisfy(labels -> assertThat(labels)
                .containsEntry(StackLabels.RUN, "run1").containsEntry(StackLabels.ENVIRONMENT, "test")
                .containsEntry(StackLabels.OWNER, Owner.current().label()).containsEntry("ci.job", "42")
                .containsEntry(StackLabels.PROJECT, "shop-test-abcd1234"));
    }

    @Test
    void aFailedDependencyStopsItsDependents_andATestStackIsRemovedWhole() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.unhealthyAfter(2));
        StackPlan plan = plan(STACK, "test");
        assertThatThrownBy(() -> up(engine, plan))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("Stack shop-test-abcd1234 did not come up.")
                .hasMessageContaining("db: is unhealthy")
                .hasMessageContaining("last health check: probe output of db")
                .hasMessageContaining("| log of db")
                .hasMessageContaining("migrate: not started, because db did not become healthy")
                .hasMessageContaining("app: not started, because migrate did not complete successfully")
                .hasMessageContaining("Everything the stack created has been removed.")
                .hasMessageNotContaining("cache:");
        assertThat(engine.events).doesNotContain("create migrate", "create app");
        assertThat(engine.containerServices()).isEmpty();
        assertThat(engine.networks).isEmpty();
        assertThat(engine.volumes).isEmpty();
    }

    @Test
    void aOneShotThatFailsFailsUp_withItsExitCode() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.healthyAfter(1))
                .life("migrate", Life.exitsAfter(1, 3));
        assertThatThrownBy(() -> up(engine, plan(STACK, "test"))).hasMessageContaining("migrate: exited with code 3");
    }

    @Test
    void theDeadlineFailsServicesThatAreNeverReady() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.healthyAfter(Integer.MAX_VALUE));
        StackPlan plan = plan(STACK, "test");
        long start = System.nanoTime();
        assertThatThrownBy(() -> new StackUp(engine, EventSink.NONE).up(plan, options(Duration.ofMillis(800))))
                .hasMessageContaining("db: not ready within 800ms (running, starting)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aFailedDevUpRemovesWhatItCreated_butKeepsVolumes() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.unhealthyAfter(1));
        assertThatThrownBy(() -> up(engine, plan(STACK, "dev")))
                .hasMessageContaining("What this run created has been removed; named volumes are kept.");
        assertThat(engine.containerServices()).isEmpty();
        assertThat(engine.networks).isEmpty();
        assertThat(engine.volumes).containsOnlyKeys("shop_data");
    }

    @Test
    void aDevStackConverges_unchangedKept_changedRecreated_goneRemoved() throws IOException {
        FakeEngineClient engine = new FakeEngineClient();
        String v1 = """
                services:
                  a: {image: busybox}
                  b: {image: busybox, environment: {MODE: one}}
                  c: {image: busybox}
                """;
        up(engine, plan(v1, "dev"));
        Map<String, String> before = ids(engine);
        up(engine, plan(v1, "dev"));
        assertThat(ids(engine)).isEqualTo(before);
        up(engine, plan("""
                services:
                  a: {image: busybox}
                  b: {image: busybox, environment: {MODE: two}}
                """, "dev"));
        Map<String, String> after = ids(engine);
        assertThat(after).containsOnlyKeys("a", "b").containsEntry("a", before.get("a"));
        assertThat(after.get("b")).isNotEqualTo(before.get("b"));
    }

    @Test
    void aDevUpNeverRemovesOrAdoptsAnotherEnvironmentsContainersOfTheSameName() throws IOException {
        // dev and prod share the plain project name: converge used to remove prod's app as "no longer in the stack"
        // and adopt prod's db as dev's own (found in review of the merged trust work)
        FakeEngineClient engine = new FakeEngineClient();
        up(engine, plan("""
                services:
                  app: {image: busybox}
                """, "prod"));
        String prodApp = ids(engine).get("app");
        up(engine, plan("""
                services:
                  db: {image: busybox}
                """, "dev"));
        assertThat(ids(engine)).containsEntry("app", prodApp).containsKey("db");
        assertThatThrownBy(() -> up(engine, plan("""
                services:
                  app: {image: busybox, environment: {MODE: dev}}
                """, "dev")))
                .hasMessageContaining("belongs to the prod stack of the same project name")
                .hasMessageContaining("mvn stack:down -Dstack.environment=prod");
        assertThat(ids(engine)).containsEntry("app", prodApp);
    }

    private static Map<String, String> ids(FakeEngineClient engine) {
        Map<String, String> out = new java.util.TreeMap<>();
        engine.listContainers(Map.of()).forEach(c -> out.put(c.label(StackLabels.SERVICE), c.id()));
        return out;
    }
}
