package io.github.stackmaven.stack.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerSpecTest {

    private static ContainerSpec web() {
        ContainerSpec.Builder b = ContainerSpec.builder("p-web-1", "busybox");
        b.labels.put("a", "1");
        b.command = List.of("sleep", "1");
        b.environment.put("X", "y");
        b.stopTimeout = Duration.ofSeconds(3);
        b.exposed.add("80/tcp");
        b.ulimits.put("nofile", List.of(1024L, 2048L));
        b.privileged = true;
        b.nanoCpus = 500_000_000L;
        b.links.add("db:database");
        return b.build();
    }

    @Test
    void toBuilder_copiesEveryPart() {
        ContainerSpec spec = web();
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
    }

    @Test
    void withLabels_replacesOnlyTheLabelsInTheirOrder() {
        ContainerSpec spec = web();
        ContainerSpec labelled = spec.withLabels(Map.of("b", "2"));
        assertThat(labelled.labels()).containsExactly(Map.entry("b", "2"));
        assertThat(labelled.toBuilder().build().withLabels(spec.labels())).isEqualTo(spec);
        assertThat(spec.labels()).containsExactly(Map.entry("a", "1"));
        java.util.LinkedHashMap<String, String> ordered = new java.util.LinkedHashMap<>();
        List.of("z", "m", "a").forEach(k -> ordered.put(k, k));
        assertThat(spec.withLabels(ordered).labels().keySet()).containsExactly("z", "m", "a");
    }
}
