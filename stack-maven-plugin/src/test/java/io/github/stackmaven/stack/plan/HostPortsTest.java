package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import io.github.stackmaven.stack.engine.PortBinding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** stack.ports=random and the warning about fixed host ports. */
class HostPortsTest {
    private static final String YAML = """
            services:
              db: {image: busybox, ports: ["5432:5432", "127.0.0.1:9187:9187"]}
              web: {image: busybox, ports: ["8080"]}
            """;

    @TempDir
    Path dir;

    private StackPlan plan(String environment, boolean random) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), YAML);
        ComposeProject compose = ComposeLoader.load(LoadRequest.of(dir, Map.of(), dir.resolve("compose.yaml"))
                .withProjectName("shop"));
        return StackPlanner.plan(compose, new PlanOptions("shop-x", environment, null, random), Set.of());
    }

    private static List<PortBinding> ports(StackPlan plan, String service) {
        return plan.service(service).orElseThrow().containers().get(0).ports();
    }

    @Test
    void randomPublishesEveryFixedPortOfATestStackOnAFreeOne_keepingTheAddress() throws IOException {
        StackPlan p = plan("test", true);
        assertThat(ports(p, "db")).extracting(PortBinding::hostPort).containsOnlyNulls();
        assertThat(ports(p, "db")).extracting(PortBinding::hostIp).contains("127.0.0.1");
        assertThat(ports(p, "db")).extracting(PortBinding::containerPort).containsExactly(5432, 9187);
        assertThat(HostPorts.fixed(p)).isEmpty();
        assertThat(HostPorts.warning(p)).isNull();
    }

    @Test
    void withoutItATestStackWarnsOnce_namingServicesPortsAndTheOption() throws IOException {
        StackPlan p = plan("ci", false);
        assertThat(HostPorts.warning(p)).isEqualTo("Fixed host ports defeat the isolation of test stacks:"
                + " db (5432, 9187). Two builds of this project at once will collide; -Dstack.ports=random"
                + " publishes them on free ports instead (exported as stack.<service>.port as usual; compose files"
                + " unchanged)");
    }

    @Test
    void devAndProdKeepTheirPorts_andGetNoWarning() throws IOException {
        StackPlan p = plan("dev", true);
        assertThat(ports(p, "db")).extracting(PortBinding::hostPort).containsExactly("5432", "9187");
        assertThat(HostPorts.warning(p)).isNull();
    }
}
