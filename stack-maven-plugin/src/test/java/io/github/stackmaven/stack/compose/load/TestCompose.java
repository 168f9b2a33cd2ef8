package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes YAML text blocks into a directory and loads them. */
final class TestCompose {

    private TestCompose() {
    }

    static void write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads {@code compose.yaml} with the given content and an empty OS environment. */
    static ComposeProject load(Path dir, String yaml) {
        return load(dir, Map.of(), yaml);
    }

    static ComposeProject load(Path dir, Map<String, String> env, String yaml) {
        write(dir, "compose.yaml", yaml);
        return ComposeLoader.load(LoadRequest.of(dir, env, Path.of("compose.yaml")));
    }

    /** Loads several files in order; arguments alternate name and content. */
    static ComposeProject loadFiles(Path dir, Map<String, String> env, String... namesAndContents) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            write(dir, namesAndContents[i], namesAndContents[i + 1]);
            files.add(Path.of(namesAndContents[i]));
        }
        return ComposeLoader.load(LoadRequest.of(dir, env, files.toArray(Path[]::new)));
    }

    static ComposeException error(Path dir, String yaml) {
        return error(dir, Map.of(), yaml);
    }

    static ComposeException error(Path dir, Map<String, String> env, String yaml) {
        ComposeException[] caught = new ComposeException[1];
        assertThatThrownBy(() -> load(dir, env, yaml)).isInstanceOfSatisfying(ComposeException.class,
                e -> caught[0] = e);
        return caught[0];
    }
}
