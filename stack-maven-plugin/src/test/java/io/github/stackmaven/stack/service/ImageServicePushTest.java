package io.github.stackmaven.stack.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.engine.RegistryAuth;
import io.github.stackmaven.stack.images.BuiltImage;
import io.github.stackmaven.stack.images.Credentials;
import io.github.stackmaven.stack.images.RegistryCredentials;
import io.github.stackmaven.stack.orchestration.FakeEngineClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageServicePushTest {

    @TempDir
    Path dir;
    private final FakeEngineClient engine = new FakeEngineClient();
    private TestImageSettings settings;

    @BeforeEach
    void built() throws Exception {
        settings = new TestImageSettings(dir);
        ImagesJson.write(settings.imagesJson(), List.of(
                new BuiltImage("builder", "sha256:b", List.of("localhost:5000/app-builder:1.0")),
                new BuiltImage("production", "sha256:p", List.of("localhost:5000/app:1.0"))));
    }

    private PushResult push() throws Exception {
        return new ImageService(() -> engine).push(settings);
    }

    @Test
    void push_mainTargetUnderItsReleaseVersion_withTheToolsCredentials() throws Exception {
        settings.credentials = host -> Optional.of(new RegistryCredentials(Credentials.basic(host, "ci", "s3cret"),
                "settings.xml <server> '" + host + "'"));

        PushResult result = push();

        assertThat(result.pushed()).containsOnlyKeys("localhost:5000/app:1.0");
        assertThat(result.skippedRegistries()).isEmpty();
        assertThat(engine.calls()).containsSubsequence("tag sha256:p localhost:5000/app:1.0",
                "push localhost:5000/app:1.0");
        Map<String, RegistryAuth> pushes = engine.pushes();
        assertThat(pushes.get("localhost:5000/app:1.0").username()).isEqualTo("ci");
        assertThat(settings.info).contains("Not pushing builder: only the production image is pushed by default;"
                + " -Dstack.push.targets=builder pushes it too", "a1: Pushed", "Pushed localhost:5000/app:1.0")
                .noneMatch(l -> l.contains("s3cret"));
    }

    @Test
    void push_otherTargetsAndRegistry_asAsked() throws Exception {
        settings.pushTargets = List.of("builder");
        settings.registry = "127.0.0.1:5001";

        push();

        assertThat(engine.pushes()).containsOnlyKeys("127.0.0.1:5001/app-builder:1.0", "127.0.0.1:5001/app:1.0");
        assertThat(engine.pushes().values()).containsOnlyNulls(); // no credentials anywhere: anonymous
    }

    @Test
    void push_unknownTargetOrNothingBuilt_isASettingsMistake() throws Exception {
        settings.pushTargets = List.of("tests");
        assertThatThrownBy(this::push).isInstanceOfSatisfying(ImageSettingsException.class, e -> {
            assertThat(e.setting()).isEqualTo("stack.push.targets");
            assertThat(e.getMessage()).contains("stack.push.targets names tests, which stack:build did not build"
                    + " (built: builder, production)");
        });
        java.nio.file.Files.delete(settings.imagesJson());
        settings.pushTargets = List.of();
        assertThatThrownBy(this::push).isInstanceOf(ImageSettingsException.class)
                .hasMessageStartingWith("Nothing to push: " + settings.imagesJson() + " is missing");
        assertThat(engine.calls()).isEmpty();
    }

    @Test
    void push_refusedCredentials_nameTheirSourceAndRegistry() {
        settings.credentials = host -> Optional.of(new RegistryCredentials(Credentials.basic(host, "ci", "wrong"),
                "settings.xml <server> '" + host + "'"));
        engine.failPush("localhost:5000/app:1.0", "unauthorized: authentication required");

        assertThatThrownBy(this::push).isInstanceOfSatisfying(ImagePushFailedException.class, e -> {
            assertThat(e.registry()).isEqualTo("localhost:5000");
            assertThat(e.getMessage()).contains("The registry localhost:5000 refused the credentials of user 'ci'"
                    + " from settings.xml <server> 'localhost:5000'").doesNotContain("wrong");
        });
    }

    @Test
    void push_permanentRegistryError_isAPushFailure() {
        engine.failPush("localhost:5000/app:1.0", "manifest invalid: manifest invalid");
        assertThatThrownBy(this::push).isInstanceOf(ImagePushFailedException.class)
                .hasMessage("Push of localhost:5000/app:1.0 failed: manifest invalid: manifest invalid");
    }
}
