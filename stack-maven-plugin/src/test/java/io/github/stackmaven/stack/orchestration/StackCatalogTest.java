package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.StackLabels;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StackCatalogTest {

    private static StackSummary stack(String project, String workingDir) {
        Map<String, String> labels = new HashMap<>();
        labels.put(StackLabels.PROJECT, project);
        if (workingDir != null) {
            labels.put(StackLabels.WORKING_DIR, workingDir);
        }
        ContainerSummary c = new ContainerSummary("id-" + project, project + "-app-1", "busybox", "running", "Up",
                labels, List.of());
        return new StackSummary(project, "test", "run", Optional.empty(), List.of(c));
    }

    @Test
    void thisProjectsStacksAreThoseStartedFromItsDirectoryOrBelow() {
        List<StackSummary> all = List.of(stack("shop-test-a1b2c3d4", "/home/u/shop"),
                stack("shop-dev", "/home/u/shop/docker"), stack("shopping", "/home/u/shopping"),
                stack("other", "/home/u/other"), stack("unlabelled", null));
        assertThat(StackCatalog.startedFrom(all, Path.of("/home/u/shop")))
                .extracting(StackSummary::project).containsExactly("shop-test-a1b2c3d4", "shop-dev");
        assertThat(StackCatalog.startedFrom(all, Path.of("/home/u/shop/../other")))
                .extracting(StackSummary::project).containsExactly("other");
        assertThat(StackCatalog.startedFrom(all, Path.of("/nowhere"))).isEmpty();
    }
}
