package io.github.stackmaven.stack.stack;

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

class StackSweeperTest {
    private final FakeEngineClient engine = new FakeEngineClient();

    private static String deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return Owner.current().host() + ":" + p.pid();
    }

    private void stack(String project, String environment, String owner) {
        Map<String, String> labels = new HashMap<>();
        labels.put(StackLabels.PROJECT, project);
        labels.put(StackLabels.SERVICE, "app");
        labels.put(StackLabels.RUN, "r-" + project);
        labels.put(StackLabels.OWNER, owner);
        labels.put(StackLabels.ENVIRONMENT, environment);
        ContainerSpec.Builder b = ContainerSpec.builder(project + "-app-1", "busybox");
        b.labels.putAll(labels);
        engine.startContainer(engine.createContainer(b.build()));
        engine.createNetwork(new NetworkConfig(project + "_default", null, Map.of(), false, false, false, labels,
                null, List.of()));
        engine.createVolume(new VolumeConfig(project + "_data", null, Map.of(), labels));
    }

    @Test
    void removesOnlyTestAndCiStacksWhoseOwnerIsGone() throws Exception {
        String dead = deadPid();
        stack("killed-test", "test", dead);
        stack("killed-ci", "ci", dead);
        stack("dev-db", "dev", dead);
        stack("running-test", "test", Owner.current().label());
        stack("remote-test", "test", "other-host.example:1");
        assertThat(new StackSweeper(engine, EventSink.NONE).sweep()).containsExactly("killed-ci", "killed-test");
        assertThat(engine.networks).containsOnlyKeys("dev-db_default", "running-test_default", "remote-test_default");
        assertThat(engine.volumes).containsOnlyKeys("dev-db_data", "running-test_data", "remote-test_data");
        assertThat(engine.containerServices()).hasSize(3);
    }

    @Test
    void aNetworkLeftWithoutContainersIsSweptToo() throws Exception {
        Map<String, String> labels = Map.of(StackLabels.PROJECT, "half-test", StackLabels.RUN, "r",
                StackLabels.OWNER, deadPid(), StackLabels.ENVIRONMENT, "test");
        engine.createNetwork(new NetworkConfig("half-test_default", null, Map.of(), false, false, false, labels, null,
                List.of()));
        assertThat(new StackSweeper(engine, EventSink.NONE).sweep()).containsExactly("half-test");
        assertThat(engine.networks).isEmpty();
    }
}
