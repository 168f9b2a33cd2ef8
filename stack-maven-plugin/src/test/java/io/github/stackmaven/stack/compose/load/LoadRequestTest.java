package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadRequestTest {

    private final Path dir = Path.of("project").toAbsolutePath();

    @Test
    void builder_leavesUnsetPartsAtTheirDefaults() {
        LoadRequest r = LoadRequest.builder(dir, List.of(Path.of("compose.yaml"))).projectName("shop").build();
        assertThat(r.projectName()).isEqualTo("shop");
        assertThat(r.profiles()).as("null: COMPOSE_PROFILES decides").isNull();
        assertThat(r.envFiles()).as("null: the project's .env").isNull();
        assertThat(r.services()).isEmpty();
        assertThat(r.environment()).isEmpty();
        assertThat(r).isEqualTo(LoadRequest.of(dir, Map.of(), Path.of("compose.yaml")).withProjectName("shop"));
    }

    @Test
    void toBuilder_keepsEveryPartAndWithersChangeOnlyTheirs() {
        LoadRequest r = LoadRequest.builder(dir, List.of()).projectDirectory(dir.resolve("p")).projectName("n")
                .profiles(List.of()).services(List.of("web")).environment(Map.of("A", "1"))
                .envFiles(List.of(Path.of("a.env"))).build();
        assertThat(r.toBuilder().build()).isEqualTo(r);
        LoadRequest other = r.withProfiles(List.of("debug"));
        assertThat(other.profiles()).containsExactly("debug");
        assertThat(other.withProfiles(List.of())).isEqualTo(r);
    }
}
