package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.VolumeConfig;
import io.github.stackmaven.stack.event.EventSink;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
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

    @Test
    void removesExactlyTheDeadBuildsObjectsNeverTheRestOfTheProject() throws Exception {
        // on main one labelled container made the sweep remove the whole project, volumes included
        String dead = deadPid();
        stack("shared-test-abcd1234", "test", dead);
        Map<String, String> composeOnly = Map.of(StackLabels.PROJECT, "shared-test-abcd1234",
                StackLabels.SERVICE, "other");
        ContainerSpec.Builder b = ContainerSpec.builder("shared-test-abcd1234-other-1", "busybox");
        b.labels.putAll(composeOnly);
        engine.createContainer(b.build());
        engine.createVolume(new VolumeConfig("shared-test-abcd1234_other", null, Map.of(), composeOnly));
        engine.createNetwork(new NetworkConfig("shared-test-abcd1234_other", null, Map.of(), false, false, false,
                composeOnly, null, List.of()));
        assertThat(new StackSweeper(engine, EventSink.NONE).sweep()).containsExactly("shared-test-abcd1234");
        assertThat(engine.containerServices()).containsExactly("other");
        assertThat(engine.volumes).containsOnlyKeys("shared-test-abcd1234_other");
        assertThat(engine.networks).containsOnlyKeys("shared-test-abcd1234_other");
    }

    @Test
    void aKeptStackStaysUntilDown() throws Exception {
        String dead = deadPid();
        stack("kept-test", "test", dead);
        engine.listContainers(Map.of()).forEach(c -> engine.removeContainer(c.id(), true));
        Map<String, String> labels = new HashMap<>(Map.of(StackLabels.PROJECT, "kept-test", StackLabels.SERVICE, "app",
                StackLabels.RUN, "r", StackLabels.OWNER, dead, StackLabels.ENVIRONMENT, "test",
                StackLabels.KEEP, "true"));
        ContainerSpec.Builder b = ContainerSpec.builder("kept-test-app-1", "busybox");
        b.labels.putAll(labels);
        engine.createContainer(b.build());
        engine.networks.put("kept-test_default", labels);
        engine.volumes.put("kept-test_data", labels);
        assertThat(new StackSweeper(engine, EventSink.NONE).sweep()).isEmpty();
        assertThat(engine.containerServices()).containsExactly("app");
        assertThat(engine.volumes).containsOnlyKeys("kept-test_data");
        new StackDown(engine, EventSink.NONE).down("kept-test", "test", false);
        assertThat(engine.containerServices()).isEmpty();
        assertThat(engine.volumes).isEmpty();
        assertThat(engine.networks).isEmpty();
    }

    @Test
    void aRemovalTheEngineRefusesIsReportedAndTheRestGoes() throws Exception {
        String dead = deadPid();
        stack("busy-test", "test", dead);
        // the engine refuses to remove the network (in use by a container the sweep does not own)
        EngineClient refusing = (EngineClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EngineClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("removeNetwork")) {
                        throw new EngineException("network " + args[0] + " is in use");
                    }
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        List<String> warnings = new ArrayList<>();
        EventSink sink = new EventSink() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }

            @Override
            public void debug(String message) {
            }
        };
        assertThat(new StackSweeper(refusing, sink).sweep()).containsExactly("busy-test");
        assertThat(warnings).singleElement().asString().contains("busy-test_default", "in use");
        assertThat(engine.containerServices()).isEmpty();
        assertThat(engine.volumes).isEmpty();
        assertThat(engine.networks).containsOnlyKeys("busy-test_default");
    }
}
