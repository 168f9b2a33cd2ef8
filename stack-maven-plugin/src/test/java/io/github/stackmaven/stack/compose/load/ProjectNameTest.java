package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectNameTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"UNNORMALIZED PATH,unnormalizedpath", "_My.Project-,myproject-", "42my_project,42my_project"})
    void normalises(String raw, String expected) {
        assertThat(ProjectNames.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-my", "_my", "www.my.project", "MY_PROJECT"})
    void explicitNamesMustAlreadyBeNormalised(String name) {
        TestCompose.write(tmp, "compose.yaml", "services:\n  web: {image: x}\n");
        assertThatThrownBy(() -> ComposeLoader.load(LoadRequest.of(tmp, Map.of(), Path.of("compose.yaml"))
                .withProjectName(name))).isInstanceOf(ComposeException.class)
                .hasMessageStartingWith("invalid project name \"" + name + "\"");
    }

    @Test
    void precedenceExplicitThenVariableThenNameThenDirectory() {
        Path dir = tmp.resolve("My Dir");
        TestCompose.write(dir, "compose.yaml", "name: from-${SUFFIX:-file}\nservices:\n  web: {image: x}\n");
        LoadRequest base = LoadRequest.of(dir, Map.of(), Path.of("compose.yaml"));
        assertThat(ComposeLoader.load(base.withProjectName("explicit")).name()).isEqualTo("explicit");
        assertThat(ComposeLoader.load(base.toBuilder()
                .environment(Map.of("COMPOSE_PROJECT_NAME", "fromenv")).build()).name()).isEqualTo("fromenv");
        assertThat(ComposeLoader.load(base).name()).isEqualTo("from-file");
        TestCompose.write(dir, "compose.yaml", "services:\n  web: {image: x}\n");
        assertThat(ComposeLoader.load(base).name()).isEqualTo("mydir");
    }

    @Test
    void composeFileAndProjectNameFromDotEnvApplyOnlyWithoutExplicitConfiguration() {
        TestCompose.write(tmp, "a.yaml", "services:\n  a: {image: x}\n");
        TestCompose.write(tmp, "b.yaml", "services:\n  b: {image: \"x:${COMPOSE_PROJECT_NAME}\"}\n");
        TestCompose.write(tmp, ".env", "COMPOSE_FILE=a.yaml:b.yaml\nCOMPOSE_PROJECT_NAME=dotenv\n");
        var fromEnv = ComposeLoader.load(LoadRequest.of(tmp, Map.of()));
        assertThat(fromEnv.services()).containsOnlyKeys("a", "b");
        assertThat(fromEnv.service("b").image()).isEqualTo("x:dotenv");
        var explicit = ComposeLoader.load(LoadRequest.of(tmp, Map.of(), Path.of("a.yaml")).withProjectName("mine"));
        assertThat(explicit.services()).containsOnlyKeys("a");
        assertThat(explicit.name()).isEqualTo("mine");
    }

    @Test
    void customPathSeparator() {
        TestCompose.write(tmp, "a.yaml", "services:\n  a: {image: x}\n");
        TestCompose.write(tmp, "b.yaml", "services:\n  b: {image: x}\n");
        var p = ComposeLoader.load(LoadRequest.of(tmp, Map.of("COMPOSE_FILE", "a.yaml;b.yaml",
                "COMPOSE_PATH_SEPARATOR", ";")));
        assertThat(p.services()).containsOnlyKeys("a", "b");
    }

    @Test
    void discoveryWalksUpAndAddsTheOverride() {
        TestCompose.write(tmp, "compose.yaml", "services:\n  a: {image: x}\n");
        TestCompose.write(tmp, "compose.override.yaml", "services:\n  a: {user: root}\n");
        Path sub = tmp.resolve("sub/deeper");
        TestCompose.write(sub, "keep.txt", "");
        var p = ComposeLoader.load(LoadRequest.of(sub, Map.of()));
        assertThat(p.service("a").user()).isEqualTo("root");
        assertThat(p.workingDir()).isEqualTo(tmp);
    }
}
