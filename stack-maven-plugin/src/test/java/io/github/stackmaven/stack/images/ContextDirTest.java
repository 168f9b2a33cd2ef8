package io.github.stackmaven.stack.images;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a session sends of a directory: BuildKit wants every entry after its parent directory. */
class ContextDirTest {
    @TempDir
    Path dir;

    @Test
    void anIgnoredDirectoryEnteredForAnExceptionIsSentBeforeWhatItHolds() throws Exception {
        Files.createDirectories(dir.resolve("target/classes"));
        Files.writeString(dir.resolve("target/app.jar"), "jar");
        Files.writeString(dir.resolve("target/classes/A.class"), "x");
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        List<String> sent = new ArrayList<>();
        new ContextDir(dir, DockerIgnore.of(List.of("target", "!target/app.jar")))
                .walk(List.of(), List.of(), (relative, file, attrs) -> sent.add(relative));
        assertThat(sent).containsExactly("Dockerfile", "target", "target/app.jar");
    }

    @Test
    void followedPathsComeWithTheirDirectories() throws Exception {
        Files.createDirectories(dir.resolve("docker/more"));
        Files.writeString(dir.resolve("docker/Dockerfile"), "FROM scratch\n");
        Files.writeString(dir.resolve("docker/more/x"), "x");
        Files.writeString(dir.resolve("other.txt"), "o");
        List<String> sent = new ArrayList<>();
        new ContextDir(dir, DockerIgnore.none())
                .walk(List.of("docker/Dockerfile"), List.of(), (relative, file, attrs) -> sent.add(relative));
        assertThat(sent).containsExactly("docker", "docker/Dockerfile");
    }
}
