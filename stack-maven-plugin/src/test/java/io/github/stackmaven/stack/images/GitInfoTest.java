package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real git to make repositories, then checks that the CLI path and the file reader agree with it. */
class GitInfoTest {

    @TempDir
    Path repo;

    private String git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t",
                "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(String.join(" ", cmd) + ": " + out).isZero();
        return out;
    }

    private String commit(String message) throws Exception {
        Files.writeString(repo.resolve("f.txt"), message);
        git("add", "f.txt");
        git("commit", "-q", "-m", message);
        return git("rev-parse", "HEAD");
    }

    @Test
    void noRepository_empty() {
        GitInfo info = GitInfo.fromFiles(repo);
        assertThat(info.revision()).isEmpty();
        assertThat(info.tagAtHead()).isEmpty();
    }

    @Test
    void unbornBranch_empty() throws Exception {
        git("init", "-q");
        assertThat(GitInfo.fromFiles(repo).revision()).isEmpty();
        assertThat(GitInfo.of(repo).revision()).isEmpty();
    }

    @Test
    void headOnBranch_revision_fromFilesAndCli() throws Exception {
        git("init", "-q");
        String head = commit("one");
        Path sub = Files.createDirectories(repo.resolve("module/src"));

        assertThat(GitInfo.fromFiles(sub).revision()).contains(head);
        assertThat(GitInfo.fromCli(sub).orElseThrow().revision()).contains(head);
        assertThat(GitInfo.of(sub).tagAtHead()).isEmpty();
    }

    @Test
    void tagAtHead_lightweightAnnotatedAndPacked() throws Exception {
        git("init", "-q");
        commit("one");
        git("tag", "v0.9");
        commit("two");
        git("tag", "-a", "v1.0", "-m", "release");

        assertThat(GitInfo.fromFiles(repo).tagAtHead()).contains("v1.0"); // loose annotated tag object
        assertThat(GitInfo.fromCli(repo).orElseThrow().tagAtHead()).contains("v1.0");

        git("pack-refs", "--all");
        git("gc", "-q");
        assertThat(GitInfo.fromFiles(repo).tagAtHead()).contains("v1.0"); // packed-refs with ^peeled line
        assertThat(GitInfo.fromFiles(repo).revision()).contains(git("rev-parse", "HEAD"));

        commit("three");
        assertThat(GitInfo.fromFiles(repo).tagAtHead()).isEmpty();
        assertThat(GitInfo.of(repo).tagAtHead()).isEmpty();
    }

    @Test
    void detachedHeadInWorktree_readsGitFileAndCommonDir() throws Exception {
        git("init", "-q");
        String first = commit("one");
        git("tag", "r1");
        commit("two");
        Path wt = repo.resolveSibling(repo.getFileName() + "-wt");
        git("worktree", "add", "-q", "--detach", wt.toString(), first);
        try {
            assertThat(Files.isRegularFile(wt.resolve(".git"))).isTrue();
            GitInfo info = GitInfo.fromFiles(wt);
            assertThat(info.revision()).contains(first);
            assertThat(info.tagAtHead()).contains("r1");
        } finally {
            git("worktree", "remove", "--force", wt.toString());
        }
    }
}
