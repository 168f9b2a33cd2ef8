package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeFileDiscoveryTest {

    @TempDir
    Path tmp;

    private static List<String> names(FileSelection s) {
        return s.files().stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void baseFileLayoutTakesTheEnvironmentFileAloneAndBeatsComposeFile() {
        FileSelection s = ComposeFileDiscovery.select(Layouts.prepare("base-extends", tmp), "test", List.of(), Map.of(),
                Map.of());
        assertThat(names(s)).containsExactly("docker-compose.test.yml");
        assertThat(s.reason()).isEqualTo("docker-compose.base.yml found (base file + per-environment file):"
                + " docker-compose.test.yml alone, it takes the common definitions from the base file with extends")
                .doesNotContainIgnoringCase("pycroft");
        assertThat(names(ComposeFileDiscovery.select(tmp, "ci", List.of(), Map.of(), Map.of())))
                .containsExactly("docker-compose.test.yml");
    }

    @Test
    void overlayLayoutAddsTheEnvironmentOverlay() {
        Path dir = Layouts.prepare("overlay", tmp);
        FileSelection ci = ComposeFileDiscovery.select(dir, "ci", List.of(), Map.of(), Map.of());
        assertThat(names(ci)).containsExactly("docker-compose.yml", "docker-compose.ci.yml");
        assertThat(ci.reason()).startsWith("overlay layout");
        FileSelection test = ComposeFileDiscovery.select(dir, "test", List.of(), Map.of(), Map.of());
        assertThat(names(test)).containsExactly("docker-compose.yml");
        assertThat(test.reason()).contains("no overlay for test");
    }

    @Test
    void explicitFilesThenPomEnvironmentsMap() {
        Path dir = Layouts.prepare("overlay", tmp);
        FileSelection explicit = ComposeFileDiscovery.select(dir, "ci", List.of("docker-compose.yml"),
                Map.of("ci", "docker-compose.yml,docker-compose.prod.yml"), Map.of());
        assertThat(names(explicit)).containsExactly("docker-compose.yml");
        assertThat(explicit.reason()).startsWith("stack.files");
        FileSelection pom = ComposeFileDiscovery.select(dir, "ci", List.of(),
                Map.of("ci", "docker-compose.yml, docker-compose.prod.yml"), Map.of());
        assertThat(names(pom)).containsExactly("docker-compose.yml", "docker-compose.prod.yml");
        assertThat(pom.reason()).startsWith("<environments><ci>");
    }

    @Test
    void composeFileVariableWhenNoLayoutMatches() {
        TestCompose.write(tmp, "one.yml", "services: {a: {image: x}}\n");
        TestCompose.write(tmp, "two.yml", "services: {b: {image: x}}\n");
        TestCompose.write(tmp, ".env", "COMPOSE_FILE=one.yml:two.yml\n");
        FileSelection s = ComposeFileDiscovery.select(tmp, "test", List.of(), Map.of(), Map.of());
        assertThat(names(s)).containsExactly("one.yml", "two.yml");
        assertThat(s.reason()).isEqualTo("COMPOSE_FILE=one.yml:two.yml (from .env)");
    }

    @Test
    void nothingFoundSaysWhereItLooked() {
        assertThatThrownBy(() -> ComposeFileDiscovery.select(tmp, "test", List.of(), Map.of(), Map.of()))
                .isInstanceOf(ComposeException.class).hasMessageContaining("no compose file found in " + tmp)
                .hasMessageContaining("set stack.files");
    }
}
