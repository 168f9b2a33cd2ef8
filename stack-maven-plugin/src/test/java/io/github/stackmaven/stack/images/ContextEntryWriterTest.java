package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextEntryWriterTest {

    @TempDir
    Path dir;

    private ContextFile listed(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return new ContextFile(p, name, Files.readAttributes(p, BasicFileAttributes.class));
    }

    @Test
    void write_fileGrowingAfterListing_sentAsListed() throws Exception {
        ContextFile log = listed("build.log", "line 1\n");
        Files.writeString(log.path(), "line 2 written by a running build\n", StandardOpenOption.APPEND);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            new ContextEntryWriter(tar).write(log);
        }

        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("build.log");
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("line 1\n");
        }
    }

    @Test
    void write_fileShrunkAfterListing_failsNamingIt() throws Exception {
        ContextFile file = listed("data.bin", "0123456789");
        Files.writeString(file.path(), "0123", StandardCharsets.UTF_8);

        TarArchiveOutputStream tar = new TarArchiveOutputStream(new ByteArrayOutputStream());
        assertThatThrownBy(() -> new ContextEntryWriter(tar).write(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("data.bin shrank").hasMessageContaining("4 of 10 bytes")
                .hasMessageContaining(".dockerignore");
    }
}
