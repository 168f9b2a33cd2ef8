package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.compose.PullPolicy;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.MountSpec;
import io.github.stackmaven.stack.plan.ServicePlan;
import io.github.stackmaven.stack.plan.StackPlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HostExposureTest {

    private static ServicePlan service(String name, String networkMode, MountSpec... mounts) {
        ContainerSpec.Builder b = ContainerSpec.builder("p-" + name + "-1", "busybox");
        b.mounts.addAll(List.of(mounts));
        b.networkMode = networkMode;
        return new ServicePlan(name, "busybox", PullPolicy.MISSING, List.of(b.build()), List.of(), false, "h", null);
    }

    private static StackPlan plan(String environment, ServicePlan... services) {
        return new StackPlan("app-" + environment + "-abcd1234", environment, List.of(), List.of(), List.of(),
                List.of(), List.of(services));
    }

    @Test
    void oneLinePerServiceThatReachesIntoTheHost() {
        List<String> lines = HostExposure.warnings(plan("test",
                service("root", null, MountSpec.bind("/", "/host", true)),
                service("agent", "host", MountSpec.bind("/var/run/docker.sock", "/var/run/docker.sock", false)),
                service("podman", null, MountSpec.bind("/run/user/1000/podman/podman.sock", "/sock", false)),
                service("rundir", null, MountSpec.bind("/var/run/", "/r", false)),
                service("db", null, MountSpec.bind("/home/me/app/sql", "/docker-entrypoint-initdb.d", true),
                        MountSpec.volume("pgdata", "/var/lib/postgresql/data", false))));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Service root of test stack app-test-abcd1234 ")
                .contains("mounts the host's root filesystem /");
        assertThat(lines.get(1)).startsWith("Service agent ")
                .contains("mounts the engine socket /var/run/docker.sock", "uses network_mode: host");
        assertThat(lines.get(2)).startsWith("Service podman ")
                .contains("the engine socket /run/user/1000/podman/podman.sock");
        assertThat(lines.get(3)).startsWith("Service rundir ")
                .contains("mounts /var/run, which holds the engine socket");
        assertThat(String.join("\n", lines)).doesNotContain("Service db");
    }

    @Test
    void aPathThatOnlyLooksLikeRootIsNormalisedFirst() {
        assertThat(HostExposure.warnings(plan("ci", service("x", null, MountSpec.bind("//./", "/h", true)))))
                .singleElement().asString().contains("root filesystem /");
        assertThat(HostExposure.warnings(plan("ci", service("y", null, MountSpec.bind("/run/docker.sock", "/s",
                false))))).singleElement().asString().contains("/run/docker.sock");
    }

    @Test
    void devAndProdStacksAreTheUsersBusiness() {
        ServicePlan agent = service("agent", "host", MountSpec.bind("/var/run/docker.sock", "/s", false));
        assertThat(HostExposure.warnings(plan("dev", agent))).isEmpty();
        assertThat(HostExposure.warnings(plan("prod", agent))).isEmpty();
    }
}
