package io.github.stackmaven.stack.images;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PushTargetsTest {
    private static final BuiltImage BUILDER = new BuiltImage("builder", "sha256:b", List.of("app-builder:1.0"));
    private static final BuiltImage PRODUCTION = new BuiltImage("production", "sha256:p", List.of("app:1.0"));
    private static final BuiltImage DEBUG = new BuiltImage("debug", "sha256:d", List.of("app-debug:1.0"));

    @Test
    void byDefaultOnlyTheMainTargetIsPushed() {
        PushTargets t = PushTargets.select(List.of(BUILDER, PRODUCTION), "production", List.of());
        assertThat(t.push()).containsExactly(PRODUCTION);
        assertThat(t.left()).containsExactly("builder");
        assertThat(t.unknown()).isEmpty();
    }

    @Test
    void listedTargetsArePushedToo_inBuildOrder() {
        PushTargets t = PushTargets.select(List.of(BUILDER, PRODUCTION, DEBUG), "production", List.of(" debug",
                "builder", ""));
        assertThat(t.push()).containsExactly(BUILDER, PRODUCTION, DEBUG);
        assertThat(t.left()).isEmpty();
    }

    @Test
    void aListedTargetThatWasNotBuiltIsReported() {
        PushTargets t = PushTargets.select(List.of(BUILDER, PRODUCTION), "production", List.of("debug"));
        assertThat(t.unknown()).containsExactly("debug");
        assertThat(t.push()).containsExactly(PRODUCTION);
    }

    @Test
    void theLastStageBuiltWithoutTargetIsTheMainImage() {
        BuiltImage last = new BuiltImage(null, "sha256:l", List.of("app:1.0"));
        assertThat(PushTargets.select(List.of(last), "production", List.of()).push()).containsExactly(last);
    }

    @Test
    void anotherMainTargetChangesWhatIsPushed() {
        PushTargets t = PushTargets.select(List.of(BUILDER, PRODUCTION), "builder", List.of());
        assertThat(t.push()).containsExactly(BUILDER);
        assertThat(t.left()).containsExactly("production");
    }
}
