package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

    @TempDir
    Path dir;

    private void file(String relative, String content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
    }

    @Test
    void writeTo_depthFirstSortedByBytes_directoriesWithSlash() throws Exception {
        file("b.txt", "b");
        file("a/z.txt", "z");
        file("a.txt", "a");
        file("B", "upper");
        file("a/sub/x", "x");
        Files.createDirectories(dir.resolve("empty"));

        TarListing tar = TarListing.of(BuildContext.of(dir));

        assertThat(tar.names()).containsExactly("B", "a/", "a/sub/", "a/sub/x", "a/z.txt", "a.txt", "b.txt",
                "empty/");
        assertThat(tar.contents).containsEntry("a/sub/x", "x").containsEntry("B", "upper");
        assertThat(tar.entries.get("a/").isDirectory()).isTrue();
    }

    @Test
    void writeTo_isReproducible() throws Exception {
        file("src/Main.java", "class Main {}");
        file("Dockerfile", "FROM busybox");
        byte[] first = TarListing.of(BuildContext.of(dir)).bytes;
        byte[] second = TarListing.of(BuildContext.of(dir)).bytes;
        assertThat(first).isEqualTo(second);
    }

    @Test
    void writeTo_keepsModesMtimeAndOwnsByRoot() throws Exception {
        file("run.sh", "#!/bin/sh\necho hi\n");
        file("secret.txt", "s");
        Files.setPosixFilePermissions(dir.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
        Files.setPosixFilePermissions(dir.resolve("secret.txt"), PosixFilePermissions.fromString("rw-------"));
        Instant mtime = Instant.parse("2024-02-29T12:34:56.789Z");
        Files.setLastModifiedTime(dir.resolve("run.sh"), FileTime.from(mtime));

        TarListing tar = TarListing.of(BuildContext.of(dir));

        TarArchiveEntry run = tar.entries.get("run.sh");
        assertThat(run.getMode() & 07777).isEqualTo(0750);
        assertThat(tar.entries.get("secret.txt").getMode() & 07777).isEqualTo(0600);
        assertThat(run.getModTime().toInstant()).isEqualTo(Instant.parse("2024-02-29T12:34:56Z"));
        assertThat(run.getLongUserId()).isZero();
        assertThat(run.getLongGroupId()).isZero();
        assertThat(run.getSize()).isEqualTo(18);
    }

    @Test
    void writeTo_symlinksStaySymlinks_notFollowed() throws Exception {
        file("real/data.txt", "d");
        Files.createSymbolicLink(dir.resolve("link-to-dir"), Path.of("real"));
        Files.createSymbolicLink(dir.resolve("dangling"), Path.of("/nowhere/at/all"));

        TarListing tar = TarListing.of(BuildContext.of(dir));

        assertThat(tar.names()).containsExactly("dangling", "link-to-dir", "real/", "real/data.txt");
        assertThat(tar.entries.get("link-to-dir").isSymbolicLink()).isTrue();
        assertThat(tar.entries.get("link-to-dir").getLinkName()).isEqualTo("real");
        assertThat(tar.entries.get("dangling").getLinkName()).isEqualTo("/nowhere/at/all");
    }

    @Test
    void writeTo_longAndNonAsciiNames() throws Exception {
        String longName = "d".repeat(120) + "/" + "f".repeat(150) + ".txt";
        file(longName, "long");
        file("größe-日本.txt", "u");

        TarListing tar = TarListing.of(BuildContext.of(dir));

        assertThat(tar.contents).containsEntry(longName, "long").containsEntry("größe-日本.txt", "u");
    }

    @Test
    void writeTo_honoursDockerignore_butAlwaysSendsBuildFiles() throws Exception {
        file(".dockerignore", "Dockerfile\n.dockerignore\ntarget\n*.log\n!keep.log\n");
        file("Dockerfile", "FROM busybox");
        file("target/app.jar", "jar");
        file("a.log", "x");
        file("keep.log", "k");
        file("src/A.java", "a");

        TarListing tar = TarListing.of(BuildContext.of(dir));

        assertThat(tar.names()).containsExactly(".dockerignore", "Dockerfile", "keep.log", "src/", "src/A.java");
    }

    @Test
    void writeTo_excludedDirectoryEnteredOnlyForExceptions() throws Exception {
        file(".dockerignore", "docs\n!docs/keep/README.md\nnode_modules\n");
        file("docs/keep/README.md", "r");
        file("docs/keep/other.md", "o");
        file("docs/drop.md", "d");
        file("node_modules/x/index.js", "i");

        TarListing tar = TarListing.of(BuildContext.of(dir));

        assertThat(tar.names()).containsExactly(".dockerignore", "docs/keep/README.md");
    }

    @Test
    void withDockerfile_inIgnoredDirectory_isStillSent() throws Exception {
        file(".dockerignore", "docker\n");
        file("docker/prod.Dockerfile", "FROM busybox");
        file("docker/notes.txt", "n");

        BuildContext context = BuildContext.of(dir).withDockerfile("docker/prod.Dockerfile");

        assertThat(context.dockerfileName()).isEqualTo("docker/prod.Dockerfile");
        assertThat(TarListing.of(context).names()).containsExactly(".dockerignore", "docker/prod.Dockerfile");
    }

    @Test
    void withInlineDockerfile_addedUnderContentName() throws Exception {
        file("app.txt", "a");
        BuildContext context = BuildContext.of(dir).withInlineDockerfile("FROM busybox\nCOPY app.txt /\n");

        TarListing tar = TarListing.of(context);

        assertThat(context.dockerfileName()).matches("\\.dockerfile\\.[0-9a-f]{12}");
        assertThat(tar.names()).containsExactly("app.txt", context.dockerfileName());
        assertThat(tar.contents.get(context.dockerfileName())).isEqualTo("FROM busybox\nCOPY app.txt /\n");
        assertThat(context.entryNames()).isEqualTo(tar.names());
        assertThat(BuildContext.of(dir).withInlineDockerfile("FROM debian").dockerfileName())
                .isNotEqualTo(context.dockerfileName());
    }

    @Test
    void writeTo_leavesCallersStreamOpen() throws Exception {
        file("a", "a");
        var out = new java.io.ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        BuildContext.of(dir).writeTo(out);
        assertThat(out.closed).isFalse();
        assertThat(out.size() % 512).isZero();
    }

    @Test
    void of_rejectsBadIgnoreFile_andMissingDirectory() throws Exception {
        file(".dockerignore", "ok\n[oops\n");
        assertThatThrownBy(() -> BuildContext.of(dir)).isInstanceOf(InvalidIgnorePatternException.class)
                .hasMessageContaining("line 2");
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> BuildContext.of(missing).writeTo(new java.io.ByteArrayOutputStream()))
                .isInstanceOf(IOException.class).hasMessageContaining(missing.toString());
    }
}
