package io.github.stackmaven.stack.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.images.BuiltImage;
import io.github.stackmaven.stack.orchestration.FakeEngineClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageServiceBuildTest {

    @TempDir
    Path dir;
    private final FakeEngineClient engine = new FakeEngineClient();
    private TestImageSettings settings;

    @BeforeEach
    void project() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "ARG BASE=127.0.0.1:5001/no-such:1\n"
                + "FROM ${BASE} AS builder\nRUN make\nFROM busybox AS production\n");
        settings = new TestImageSettings(dir);
    }

    private BuildResult build() throws Exception {
        return new ImageService(() -> engine).build(settings);
    }

    @Test
    void build_everyTargetInOrder_taggedLabelledAndListed() throws Exception {
        settings.buildArgs = Map.of("JAVA", "17", "MODE", "dev");
        settings.overrides = Map.of("MODE", "ci");
        settings.extraLabels = Map.of("ci.job", "42");

        BuildResult result = build();

        assertThat(engine.builds()).extracting(BuildRequest::target).containsExactly("builder", "production");
        assertThat(engine.builds()).extracting(BuildRequest::tags)
                .containsExactly(List.of("localhost:5000/app-builder:1.0"), List.of("localhost:5000/app:1.0"));
        BuildRequest first = engine.builds().get(0);
        assertThat(first.dockerfile()).isEqualTo("Dockerfile");
        assertThat(first.dockerfileInline()).isNull();
        assertThat(first.args()).containsEntry("JAVA", "17").containsEntry("MODE", "ci");
        assertThat(first.labels()).containsEntry("org.opencontainers.image.version", "1.0")
                .containsEntry("org.opencontainers.image.title", "app").containsEntry("ci.job", "42");
        assertThat(result.images()).extracting(BuiltImage::id).containsExactly("sha256:builder", "sha256:production");
        assertThat(ImagesJson.read(result.imagesJson())).isEqualTo(result.images());
        assertThat(result.imagesJson()).isEqualTo(dir.resolve("target/stack/images.json"));
        assertThat(settings.info).contains("#1 [production 1/1] RUN make", "#1 DONE 1.2s")
                .anySatisfy(l -> assertThat(l).startsWith("Built localhost:5000/app:1.0 (production) in "));
    }

    @Test
    void build_dockerfileOutsideTheContext_goesInline() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("docker")).resolve("App.Dockerfile");
        Files.writeString(outside, "FROM busybox AS builder\nFROM busybox AS production\n");
        settings.dockerfile = outside;
        Files.createDirectories(dir.resolve("ctx"));
        ImageSettings inContext = new DelegatingSettings(settings) {
            @Override
            public Path context() {
                return dir.resolve("ctx");
            }
        };

        new ImageService(() -> engine).build(inContext);

        assertThat(engine.builds()).allSatisfy(r -> {
            assertThat(r.context()).isEqualTo(dir.resolve("ctx"));
            assertThat(r.dockerfileInline()).startsWith("FROM busybox AS builder");
            assertThat(r.dockerfile()).as("the inline Dockerfile's name in the tar").startsWith(".dockerfile.");
        });
    }

    @Test
    void build_missingStage_namesTheStagesThereAre() {
        settings.targets = List.of("builder", "tests");
        assertThatThrownBy(this::build).isInstanceOfSatisfying(ImageSettingsException.class, e -> {
            assertThat(e.setting()).isEqualTo("stack.targets");
            assertThat(e.getMessage()).contains("has no stage tests (stages: builder, production)");
        });
        assertThat(engine.builds()).isEmpty();
    }

    @Test
    void build_missingDockerfile_andContextThatIsNoDirectory() throws Exception {
        settings.dockerfile = dir.resolve("Nope");
        assertThatThrownBy(this::build).isInstanceOf(ImageSettingsException.class)
                .hasMessageStartingWith("Dockerfile not found: " + dir.resolve("Nope"));
        settings.dockerfile = dir.resolve("Dockerfile");
        ImageSettings noContext = new DelegatingSettings(settings) {
            @Override
            public Path context() {
                return dir.resolve("Dockerfile");
            }
        };
        assertThatThrownBy(() -> new ImageService(() -> engine).build(noContext))
                .isInstanceOfSatisfying(ImageSettingsException.class,
                        e -> assertThat(e.setting()).isEqualTo("stack.context"));
    }

    @Test
    void build_invalidImageName_isASettingsMistake() {
        settings.image = "Bad Name";
        assertThatThrownBy(this::build).isInstanceOfSatisfying(ImageSettingsException.class, e -> {
            assertThat(e.setting()).isEqualTo("stack.image");
            assertThat(e.getMessage()).startsWith("stack.image / project version: ");
        });
    }

    @Test
    void build_failedBaseImage_namesTargetStepAndTheArgToChange() {
        settings.holdingProperty = "base.image";
        settings.buildArgs = Map.of("BASE", "127.0.0.1:5001/no-such:1");
        engine.failBuild("builder", "#2 [internal] load metadata for 127.0.0.1:5001/no-such:1",
                "failed to resolve source metadata for 127.0.0.1:5001/no-such:1: not found", List.of());

        assertThatThrownBy(this::build).isInstanceOfSatisfying(ImageBuildFailedException.class, e -> {
            assertThat(e.target()).isEqualTo("builder");
            assertThat(e.step()).isEqualTo("#2 [internal] load metadata for 127.0.0.1:5001/no-such:1");
            assertThat(e.getMessage()).startsWith("Target 'builder' (localhost:5000/app-builder:1.0): Image build"
                    + " failed at step '#2 [internal] load metadata for 127.0.0.1:5001/no-such:1'")
                    .contains("It is the build arg BASE of Dockerfile")
                    .contains("-Dbase.image=<image> (the POM passes it as BASE) or -Dstack.buildArgs.BASE=<image>.");
        });
        assertThat(engine.builds()).extracting(BuildRequest::target).containsExactly("builder");
        assertThat(dir.resolve("target/stack/images.json")).doesNotExist();
    }
}
