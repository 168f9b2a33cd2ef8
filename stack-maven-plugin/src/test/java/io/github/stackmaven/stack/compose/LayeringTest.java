package io.github.stackmaven.stack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compose layers depend one way (CONTRIBUTING.md): the model ({@code compose}) on nothing of ours,
 * {@code compose.load} and {@code compose.write} on the model only, never on each other, and none of them on
 * Docker, Maven or the plugin's other layers. Checked on the sources' import lines.
 */
class LayeringTest {

    private static final Path ROOT = Path.of("src/main/java/io/github/stackmaven/stack/compose");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void modelDependsOnNeitherLoaderNorWriter() throws IOException {
        assertThat(importsOf(ROOT, false)).isNotEmpty()
                .noneMatch(i -> i.contains(".compose.load.") || i.contains(".compose.write."));
    }

    @Test
    void loaderAndWriterDoNotDependOnEachOther() throws IOException {
        assertThat(importsOf(ROOT.resolve("load"), true)).isNotEmpty()
                .noneMatch(i -> i.contains(".compose.write."));
        assertThat(importsOf(ROOT.resolve("write"), true)).isNotEmpty()
                .anyMatch(i -> i.startsWith("io.github.stackmaven.stack.compose."))
                .noneMatch(i -> i.contains(".compose.load."));
    }

    @Test
    void composeLayersKnowNothingOfDockerOrMaven() throws IOException {
        assertThat(importsOf(ROOT, true)).hasSizeGreaterThan(100).noneMatch(i -> i.startsWith("com.github.dockerjava")
                || i.startsWith("org.apache.maven") || i.matches("io\\.github\\.stackmaven\\.stack\\."
                        + "(engine|images|plan|orchestration|service|maven|event)\\..*"));
    }

    private static List<String> importsOf(Path dir, boolean recursive) throws IOException {
        assertThat(dir).as("run from the plugin module's directory").isDirectory();
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
