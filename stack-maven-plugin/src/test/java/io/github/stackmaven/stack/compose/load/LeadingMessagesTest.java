package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages that lead to the fix: an unknown service name, an env file that stack:init would create. */
class LeadingMessagesTest {

    @TempDir
    Path tmp;

    @Test
    void anUnknownServiceNamesTheFilesListsTheServicesAndSuggestsTheClosest() {
        TestCompose.write(tmp, "compose.yaml", "services:\n  database: {image: busybox}\n  app: {image: busybox}\n");
        TestCompose.write(tmp, "compose.test.yaml", "services:\n  app: {environment: {MODE: test}}\n");
        assertThatThrownBy(() -> ComposeLoader.load(LoadRequest.of(tmp, Map.of(), Path.of("compose.yaml"),
                Path.of("compose.test.yaml")).withServices(List.of("datbase"))))
                .isInstanceOf(ComposeException.class)
                .hasMessage("stack.services names \"datbase\", which is not a service in compose.yaml,"
                        + " compose.test.yaml; services: database, app; did you mean \"database\"?")
                .hasMessageNotContaining("stack:up");
    }

    @Test
    void aNameFarFromEveryServiceGetsNoGuess() {
        TestCompose.write(tmp, "compose.yaml", "services:\n  database: {image: busybox}\n  app: {image: busybox}\n");
        assertThatThrownBy(() -> ComposeLoader.load(LoadRequest.of(tmp, Map.of(), Path.of("compose.yaml"))
                .withServices(List.of("frontend"))))
                .hasMessage("stack.services names \"frontend\", which is not a service in compose.yaml;"
                        + " services: database, app");
    }

    @Test
    void aMissingEnvFileWithATemplateBesideItSuggestsStackInit() {
        TestCompose.write(tmp, "compose.yaml", "services:\n  app: {image: busybox, env_file: [app.env]}\n");
        TestCompose.write(tmp, "app.env.default", "DB_PASSWORD=\n");
        assertThatThrownBy(() -> ComposeLoader.load(LoadRequest.of(tmp, Map.of(), Path.of("compose.yaml"))))
                .hasMessageContaining("app.env not found; run `mvn stack:init` to create it from its template"
                        + " app.env.default, or mark the entry required: false")
                .hasMessageContaining("compose.yaml:2:");
    }

    @Test
    void aMissingEnvFileWithoutTemplateSaysCreateIt() {
        TestCompose.write(tmp, "compose.yaml", "services:\n  app: {image: busybox, env_file: [app.env]}\n");
        assertThatThrownBy(() -> ComposeLoader.load(LoadRequest.of(tmp, Map.of(), Path.of("compose.yaml"))))
                .hasMessageContaining("app.env not found; create it or mark the entry required: false")
                .hasMessageNotContaining("stack:init");
    }
}
