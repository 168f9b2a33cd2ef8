package io.github.stackmaven.stack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildSpecTest {

    @Test
    void builder_namesEachComponent_andToBuilderCopiesThemAll() {
        BuildSpec spec = BuildSpec.builder("/p/app").dockerfile("Dockerfile.ci").target("runtime")
                .args(Map.of("V", "1")).cacheFrom(List.of("app:cache")).tags(List.of("app:1")).noCache(true).build();
        assertThat(spec.context()).isEqualTo("/p/app");
        assertThat(spec.dockerfile()).isEqualTo("Dockerfile.ci");
        assertThat(spec.target()).isEqualTo("runtime");
        assertThat(spec.cacheTo()).isEmpty();
        assertThat(spec.dockerfileInline()).isNull();
        assertThat(spec.toBuilder().build()).isEqualTo(spec);
        assertThat(spec.toBuilder().target("debug").build().target()).isEqualTo("debug");
        assertThat(spec.target()).isEqualTo("runtime");
    }
}
