package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.StackLabels;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stack:ps} marks stacks started with stack.keepRunning, which the sweep of dead builds leaves alone. */
class StackTableKeptTest {
    private final FakeEngineClient engine = new FakeEngineClient();

    private void container(String project, boolean kept) {
        Map<String, String> labels = new HashMap<>(Map.of(StackLabels.PROJECT, project, StackLabels.SERVICE, "app",
                StackLabels.RUN, "r", StackLabels.OWNER, "elsewhere.example:1", StackLabels.ENVIRONMENT, "test"));
        if (kept) {
            labels.put(StackLabels.KEEP, "true");
        }
        ContainerSpec.Builder b = ContainerSpec.builder(project + "-app-1", "busybox");
        b.labels.putAll(labels);
        engine.createContainer(b.build());
    }

    @Test
    void keptStacksAreMarkedInTextAndJson() {
        container("a-test-kept0001", true);
        container("b-test-plain001", false);
        List<StackSummary> stacks = new StackCatalog(engine).list(null);
        assertThat(stacks).extracting(StackSummary::kept).containsExactly(true, false);
        List<String> text = StackTable.render(stacks);
        assertThat(text).filteredOn(l -> l.startsWith("a-test-kept0001 ")).singleElement().asString()
                .contains("kept: stack:down removes it");
        assertThat(text).filteredOn(l -> l.startsWith("b-test-plain001 ")).singleElement().asString()
                .doesNotContain("kept");
        assertThat(StackJson.render(stacks)).containsPattern("\"project\" : \"a-test-kept0001\"[^}]*\"kept\" : true")
                .containsPattern("\"project\" : \"b-test-plain001\"[^}]*\"kept\" : false");
    }
}
