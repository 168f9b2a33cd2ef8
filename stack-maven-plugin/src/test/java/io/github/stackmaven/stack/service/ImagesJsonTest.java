package io.github.stackmaven.stack.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.images.BuiltImage;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagesJsonTest {

    @TempDir
    Path dir;

    @Test
    void writeRead_roundTrip() throws Exception {
        Path file = dir.resolve("target/stack/images.json");
        List<BuiltImage> images = List.of(new BuiltImage("builder", "sha256:aa", List.of("app-builder:1.0")),
                new BuiltImage("production", "sha256:bb", List.of("registry.example.com:5000/team/app:1.0")));

        ImagesJson.write(file, images);

        assertThat(ImagesJson.read(file)).isEqualTo(images);
        assertThat(Files.readString(file)).contains("\"target\" : \"production\"").contains("\"id\" : \"sha256:bb\"");
        assertThat(images.get(1).repository().toString()).isEqualTo("registry.example.com:5000/team/app");
        assertThat(images.get(0).repository().familiarName()).isEqualTo("app-builder");
    }

    @Test
    void read_missingFile() {
        assertThatThrownBy(() -> ImagesJson.read(dir.resolve("images.json"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void read_entryWithoutId_fails() throws Exception {
        Path file = dir.resolve("images.json");
        Files.writeString(file, "{\"images\":[{\"target\":\"x\",\"tags\":[\"a:1\"]}]}");
        assertThatThrownBy(() -> ImagesJson.read(file)).hasMessageContaining("lacks its id");
    }
}
