package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service extension key {@code x-stack}: it loads, and its {@code wait} reaches the plan. */
class StackExtensionTest {
    @TempDir
    Path dir;

    private StackPlan plan(String yaml) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        ComposeProject compose = ComposeLoader.load(LoadRequest.of(dir, Map.of(), dir.resolve("compose.yaml"))
                .withProjectName("shop"));
        return StackPlanner.plan(compose, new PlanOptions("shop", "dev", null), Set.of());
    }

    @Test
    void xStackWaitReachesThePlan_andAServiceWithoutItFollowsStackWait() throws IOException {
        StackPlan p = plan("""
                services:
                  db:
                    image: busybox
                    x-stack: {wait: port}
                  app:
                    image: busybox
                    x-stack:
                      wait: none
                  worker: {image: busybox}
                """);
        assertThat(p.service("db").orElseThrow().waitMode()).isEqualTo(WaitMode.PORT);
        assertThat(p.service("app").orElseThrow().waitMode()).isEqualTo(WaitMode.NONE);
        assertThat(p.service("worker").orElseThrow().waitMode()).isNull();
    }

    @Test
    void anUnknownWaitNamesTheServiceAndTheChoices() {
        assertThatThrownBy(() -> plan("services:\n  db: {image: busybox, x-stack: {wait: ready}}\n"))
                .isInstanceOf(PlanException.class)
                .hasMessage("Service db: x-stack.wait is \"ready\"; expected healthcheck, port, none or auto");
    }

    @Test
    void aMisspelledSettingIsAnError_notIgnored() {
        assertThatThrownBy(() -> plan("services:\n  db: {image: busybox, x-stack: {wiat: port}}\n"))
                .hasMessage("Service db: x-stack.wiat is not a setting of the plugin; x-stack takes: wait");
        assertThatThrownBy(() -> plan("services:\n  db: {image: busybox, x-stack: port}\n"))
                .hasMessageContaining("Service db: x-stack must be a mapping such as `x-stack: {wait: port}`");
    }
}
