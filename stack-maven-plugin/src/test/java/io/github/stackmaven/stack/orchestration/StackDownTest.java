package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.event.RecordingEvents;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.VolumeConfig;
import io.github.stackmaven.stack.event.EventSink;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code down} removes only what the plugin created for the project in the environment it is asked about. */
class StackDownTest {
    private final FakeEngineClient engine = new FakeEngineClient();

    private static Map<String, String> ours(String project, String environment) {
        Map<String, String> labels = new HashMap<>();
        labels.put(StackLabels.PROJECT, project);
        labels.put(StackLabels.RUN, "r-" + project + "-" + environment);
        labels.put(StackLabels.OWNER, Owner.current().label());
        labels.put(StackLabels.ENVIRONMENT, environment);
        return labels;
    }

    private void container(String name, String service, Map<String, String> labels) {
        ContainerSpec.Builder b = ContainerSpec.builder(name, "busybox");
        b.labels.putAll(labels);
        b.labels.put(StackLabels.SERVICE, service);
        engine.startContainer(engine.createContainer(b.build()));
    }

    private void stack(String project, String environment) {
        Map<String, String> labels = ours(project, environment);
        container(project + "-db-1", "db", labels);
        engine.createNetwork(new NetworkConfig(project + "_default", null, Map.of(), false, false, false, labels,
                null, List.of()));
        engine.createVolume(new VolumeConfig(project + "_pgdata", null, Map.of(), labels));
    }

    @Test
    void downOfTestNeverTouchesTheDevStackOfTheSameName() {
        stack("app", "dev");
        StackDown.Result result = new StackDown(engine, EventSink.NONE).down("app", "test", true);
        assertThat(result.nothingFound()).isTrue();
        assertThat(result.otherEnvironments()).containsExactly("dev");
        assertThat(engine.containerServices()).containsExactly("db");
        assertThat(engine.networks).containsOnlyKeys("app_default");
        assertThat(engine.volumes).containsOnlyKeys("app_pgdata");
    }

    @Test
    void theDisposableRemovalOfRollbackAndShutdownHookNeverTouchesADevStack() {
        // the path the shutdown hook and a failed up take; on main it removed the dev stack, volumes included
        stack("app", "dev");
        assertThat(new StackDown(engine, EventSink.NONE).down("app", true, true)).isZero();
        assertThat(engine.containerServices()).containsExactly("db");
        assertThat(engine.volumes).containsOnlyKeys("app_pgdata");
    }

    @Test
    void downOfTestRemovesItsStackWholeButNothingItDidNotCreate() {
        stack("app-test-abcd1234", "test");
        Map<String, String> composeOnly = Map.of(StackLabels.PROJECT, "app-test-abcd1234");
        container("app-test-abcd1234-debug-1", "debug", composeOnly);
        engine.createVolume(new VolumeConfig("app-test-abcd1234_mine", null, Map.of(), composeOnly));
        StackDown.Result result = new StackDown(engine, EventSink.NONE).down("app-test-abcd1234", "test", false);
        assertThat(result.containers()).isEqualTo(1);
        assertThat(result.removedVolumes()).containsExactly("app-test-abcd1234_pgdata");
        assertThat(engine.containerServices()).containsExactly("debug");
        assertThat(engine.networks).isEmpty();
        assertThat(engine.volumes).containsOnlyKeys("app-test-abcd1234_mine");
    }

    @Test
    void downOfDevKeepsNamedVolumesUnlessAsked() {
        stack("app", "dev");
        StackDown.Result kept = new StackDown(engine, EventSink.NONE).down("app", "dev", false);
        assertThat(kept.containers()).isEqualTo(1);
        assertThat(kept.keptVolumes()).containsExactly("app_pgdata");
        assertThat(engine.volumes).containsOnlyKeys("app_pgdata");
        assertThat(engine.events).contains("stop db null");
        StackDown.Result removed = new StackDown(engine, EventSink.NONE).down("app", "dev", true);
        assertThat(removed.removedVolumes()).containsExactly("app_pgdata");
        assertThat(engine.volumes).isEmpty();
    }

    @Test
    void downOfDevLeavesATestStackAndAProdStackOfTheSameNameAlone() {
        stack("app", "prod");
        container("app-web-1", "web", ours("app", "test"));
        StackDown.Result result = new StackDown(engine, EventSink.NONE).down("app", "dev", true);
        assertThat(result.nothingFound()).isTrue();
        assertThat(result.otherEnvironments()).containsExactly("prod", "test");
        assertThat(engine.containerServices()).containsExactlyInAnyOrder("db", "web");
        assertThat(engine.volumes).containsOnlyKeys("app_pgdata");
    }

    @Test
    void aRemovalTheEngineRefusesArrivesAsTheEnginesOwnException() {
        // it arrived wrapped in a CompletionException, past the mojo's catch: a stack trace instead of one message
        stack("app-test-abcd1234", "test");
        engine.failingRemovals.set(100);
        assertThatThrownBy(() -> new StackDown(engine, EventSink.NONE).down("app-test-abcd1234", "test", false))
                .isInstanceOf(io.github.stackmaven.stack.engine.EngineException.class);
    }

    private final RecordingEvents recording = new RecordingEvents();
    private final List<String> info = recording.lines();

    @Test
    void removeVolumesListsWhatItRemoved() {
        stack("shop", "dev");
        engine.createVolume(new VolumeConfig("shop_cache", null, Map.of(), ours("shop", "dev")));
        engine.createVolume(new VolumeConfig("other_data", null, Map.of(), ours("other", "dev")));
        new StackDown(engine, recording).down("shop", "dev", true);
        assertThat(engine.volumes).containsOnlyKeys("other_data");
        assertThat(info).filteredOn(l -> l.startsWith("Removed volume(s) ")).singleElement().asString()
                .contains("shop_pgdata").contains("shop_cache").doesNotContain("other_data")
                .endsWith("(stack.removeVolumes)");
    }

    @Test
    void withoutItTheKeptVolumesAreNamedWithTheSwitch() {
        stack("shop", "dev");
        new StackDown(engine, recording).down("shop", "dev", false);
        assertThat(engine.volumes).containsOnlyKeys("shop_pgdata");
        assertThat(info).filteredOn(l -> l.startsWith("Kept volume(s) ")).singleElement().asString()
                .contains("-Dstack.removeVolumes=true removes them");
    }
}
