package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagPolicyTest {

    @Test
    void snapshot_pushesLatest() {
        TagPolicy policy = TagPolicy.of("1.4.0-SNAPSHOT", null, List.of());
        assertThat(policy.isSnapshot()).isTrue();
        assertThat(policy.pushTags()).containsExactly("latest");
        assertThat(policy.buildTag()).isEqualTo("1.4.0-SNAPSHOT");
    }

    @Test
    void release_pushesVersion() {
        assertThat(TagPolicy.of("1.4.0", null, List.of()).pushTags()).containsExactly("1.4.0");
    }

    @Test
    void headAtGitTag_alsoPushesTheTagName_once() {
        assertThat(TagPolicy.of("1.4.0", "v1.4.0", List.of()).pushTags()).containsExactly("1.4.0", "v1.4.0");
        assertThat(TagPolicy.of("1.4.0", "1.4.0", List.of()).pushTags()).containsExactly("1.4.0");
        assertThat(TagPolicy.of("1.4.0", " ", List.of()).pushTags()).containsExactly("1.4.0");
    }

    @Test
    void explicitTags_replaceTheRule() {
        TagPolicy policy = TagPolicy.of("1.4.0-SNAPSHOT", "v1", List.of("edge", " ", "2026-11", "edge"));
        assertThat(policy.pushTags()).containsExactly("edge", "2026-11");
    }

    @Test
    void explicitTags_makeAnUnusableGitTagIrrelevant() {
        assertThat(TagPolicy.of("1.0", "release/1.0", List.of("stable")).pushTags()).containsExactly("stable");
    }

    @Test
    void gitTagThatIsNoImageTag_isRejectedWithAHint() {
        assertThatThrownBy(() -> TagPolicy.of("1.0", "release/1.0", List.of()))
                .isInstanceOfSatisfying(InvalidImageReferenceException.class,
                        e -> assertThat(e.value()).isEqualTo("release/1.0"))
                .hasMessageContaining("stack.tags");
    }

    @Test
    void invalidVersionOrExplicitTag_namesIt() {
        assertThatThrownBy(() -> TagPolicy.of("1.0+build.5", null, List.of()))
                .isInstanceOf(InvalidImageReferenceException.class).hasMessageStartingWith("'1.0+build.5'");
        assertThatThrownBy(() -> TagPolicy.of("1.0", null, List.of("ok", "-no")))
                .isInstanceOf(InvalidImageReferenceException.class).hasMessageStartingWith("'-no'");
    }

    @Test
    void naming_productionIsTheImage_otherTargetsAreSuffixed() {
        TagPolicy policy = TagPolicy.of("2.1.0", null, List.of());
        assertThat(policy.buildRef("registry.local:5000/team/app", "production"))
                .hasToString("registry.local:5000/team/app:2.1.0");
        assertThat(policy.buildRef("app", "builder")).hasToString("app-builder:2.1.0");
        assertThat(policy.buildRef("app", null)).hasToString("app:2.1.0");
        assertThat(policy.withMainTarget("runtime").buildRef("app", "runtime")).hasToString("app:2.1.0");
        assertThat(policy.withMainTarget("runtime").buildRef("app", "production")).hasToString("app-production:2.1.0");
    }

    @Test
    void pushRefs_oneReferencePerTag() {
        TagPolicy policy = TagPolicy.of("2.1.0", "v2.1.0", List.of());
        assertThat(policy.pushRefs("localhost:5000/app", "builder")).extracting(ImageRef::toString)
                .containsExactly("localhost:5000/app-builder:2.1.0", "localhost:5000/app-builder:v2.1.0");
    }

    @Test
    void imageWithTag_isRejected() {
        assertThatThrownBy(() -> TagPolicy.of("1", null, List.of()).buildRef("app:1", "production"))
                .isInstanceOfSatisfying(InvalidImageReferenceException.class,
                        e -> assertThat(e.value()).isEqualTo("app:1"));
        assertThatThrownBy(() -> TagPolicy.of("1", null, List.of()).buildRef("My-App", "production"))
                .isInstanceOf(InvalidImageReferenceException.class).hasMessageContaining("upper-case");
    }
}
