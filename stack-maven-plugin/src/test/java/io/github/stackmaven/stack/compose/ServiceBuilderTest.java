package io.github.stackmaven.stack.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceBuilderTest {

    private final Service web = Service.builder("web").image("busybox").command(List.of("sh", "-c", "sleep 1"))
            .labels(Map.of("a", "1")).stopGracePeriod(Duration.ofSeconds(3)).privileged(true).scale(2).build();

    @Test
    void builder_setsTheNamedComponentsAndDefaultsTheRest() {
        assertThat(web.name()).isEqualTo("web");
        assertThat(web.image()).isEqualTo("busybox");
        assertThat(web.command()).containsExactly("sh", "-c", "sleep 1");
        assertThat(web.replicas()).isEqualTo(2);
        assertThat(web.privileged()).isTrue();
        assertThat(web.entrypoint()).isNull();
        assertThat(web.ports()).isEmpty();
        assertThat(web.tty()).isFalse();
    }

    @Test
    void toBuilder_copiesEveryComponentAndLeavesTheOriginalAlone() {
        assertThat(web.toBuilder().build()).isEqualTo(web);
        Service relabelled = web.toBuilder().labels(Map.of("b", "2")).build();
        assertThat(relabelled.labels()).containsOnlyKeys("b");
        assertThat(relabelled.toBuilder().labels(web.labels()).build()).isEqualTo(web);
        assertThat(web.labels()).containsOnlyKeys("a");
    }

    @Test
    void build_copiesCollectionsSoTheRecordStaysImmutable() {
        List<String> dns = new ArrayList<>(List.of("1.1.1.1"));
        Service s = Service.builder("db").dns(dns).build();
        dns.add("8.8.8.8");
        assertThat(s.dns()).containsExactly("1.1.1.1");
        assertThatThrownBy(() -> s.dns().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
