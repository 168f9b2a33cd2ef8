package io.github.stackmaven.stack.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

/**
 * The commit a project directory is at, and the tag HEAD is exactly at, for the image labels and push tags.
 * Asks {@code git} first; without a git binary reads {@code .git} itself (HEAD, loose and packed refs, loose
 * annotated tag objects; a worktree's {@code .git} file and {@code commondir}). Outside a repository both are empty.
 */
public final class GitInfo {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}|[0-9a-f]{64}");
    private static final Duration GIT_TIMEOUT = Duration.ofSeconds(10);

    private final String revision;
    private final String tag;

    private GitInfo(String revision, String tag) {
        this.revision = revision;
        this.tag = tag;
    }

    public static GitInfo of(Path directory) {
        Optional<GitInfo> cli = fromCli(directory);
        return cli.orElseGet(() -> fromFiles(directory));
    }

    /** The full commit id of HEAD, or empty outside a repository. */
    public Optional<String> revision() {
        return Optional.ofNullable(revision);
    }

    /** The tag HEAD is exactly at (the last by name when several are), or empty. */
    public Optional<String> tagAtHead() {
        return Optional.ofNullable(tag);
    }

    static Optional<GitInfo> fromCli(Path directory) {
        List<String> head = git(directory, "rev-parse", "--verify", "-q", "HEAD");
        if (head == null) {
            return Optional.empty(); // no git binary, or not a repository: let the files decide
        }
        if (head.isEmpty() || !SHA.matcher(head.get(0)).matches()) {
            return Optional.of(new GitInfo(null, null));
        }
        List<String> tags = git(directory, "tag", "--points-at", "HEAD");
        String tag = tags == null || tags.isEmpty() ? null : new TreeSet<>(tags).last();
        return Optional.of(new GitInfo(head.get(0), tag));
    }

    /** The output lines of a git command, or null when git is missing or fails. */
    private static List<String> git(Path directory, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(GIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return null;
            }
            if (p.exitValue() != 0 && !(args[0].equals("rev-parse") && p.exitValue() == 1)) {
                return null;
            }
            return new String(out, StandardCharsets.UTF_8).lines().map(String::trim).filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static GitInfo fromFiles(Path directory) {
        try {
            Optional<Path> gitDir = findGitDir(directory.toAbsolutePath().normalize());
            if (gitDir.isEmpty()) {
                return new GitInfo(null, null);
            }
            GitFiles files = new GitFiles(gitDir.get());
            String head = files.resolve("HEAD");
            if (head == null) {
                return new GitInfo(null, null);
            }
            return new GitInfo(head, files.tagAt(head));
        } catch (IOException e) {
            return new GitInfo(null, null);
        }
    }

    private static Optional<Path> findGitDir(Path start) throws IOException {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path git = dir.resolve(".git");
            if (Files.isDirectory(git)) {
                return Optional.of(git);
            }
            if (Files.isRegularFile(git)) {
                String text = Files.readString(git, StandardCharsets.UTF_8).trim();
                if (text.startsWith("gitdir:")) {
                    return Optional.of(dir.resolve(text.substring(7).trim()).normalize());
                }
            }
        }
        return Optional.empty();
    }

    /** Reads refs and loose objects of one git directory (and its common directory for worktrees). */
    private static final class GitFiles {
        private final Path gitDir;
        private final Path commonDir;

        GitFiles(Path gitDir) throws IOException {
            this.gitDir = gitDir;
            Path common = gitDir.resolve("commondir");
            this.commonDir = Files.isRegularFile(common)
                    ? gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).trim()).normalize() : gitDir;
        }

        /** The commit a ref (HEAD, refs/heads/x) names, following symbolic refs; null when unborn. */
        String resolve(String start) throws IOException {
            String ref = start;
            for (int depth = 0; depth < 10; depth++) {
                String value = read(ref);
                if (value == null) {
                    String name = ref;
                    return packed().stream().filter(p -> p.name.equals(name)).map(p -> p.sha).findFirst()
                            .orElse(null);
                }
                if (!value.startsWith("ref:")) {
                    return SHA.matcher(value).matches() ? value : null;
                }
                ref = value.substring(4).trim();
            }
            return null;
        }

        private String read(String ref) throws IOException {
            Path own = gitDir.resolve(ref);
            Path shared = commonDir.resolve(ref);
            Path file = Files.isRegularFile(own) ? own : Files.isRegularFile(shared) ? shared : null;
            return file == null ? null : Files.readString(file, StandardCharsets.UTF_8).trim();
        }

        String tagAt(String commit) throws IOException {
            TreeSet<String> tags = new TreeSet<>();
            for (PackedRef p : packed()) {
                if (p.name.startsWith("refs/tags/") && (commit.equals(p.sha) || commit.equals(p.peeled))) {
                    tags.add(p.name.substring("refs/tags/".length()));
                }
            }
            Path tagDir = commonDir.resolve("refs/tags");
            if (Files.isDirectory(tagDir)) {
                try (var walk = Files.walk(tagDir)) {
                    for (Path f : walk.filter(Files::isRegularFile).toList()) {
                        String sha = Files.readString(f, StandardCharsets.UTF_8).trim();
                        if (commit.equals(sha) || commit.equals(peel(sha))) {
                            tags.add(tagDir.relativize(f).toString().replace('\\', '/'));
                        }
                    }
                }
            }
            return tags.isEmpty() ? null : tags.last();
        }

        /** The object an annotated tag points at, when the tag object is loose; else null. */
        private String peel(String sha) throws IOException {
            if (!SHA.matcher(sha).matches()) {
                return null;
            }
            Path object = commonDir.resolve("objects").resolve(sha.substring(0, 2)).resolve(sha.substring(2));
            if (!Files.isRegularFile(object)) {
                return null;
            }
            try (InputStream in = new InflaterInputStream(Files.newInputStream(object))) {
                String text = new String(in.readNBytes(512), StandardCharsets.UTF_8);
                if (!text.startsWith("tag ")) {
                    return null;
                }
                int start = text.indexOf("\0object ");
                return start < 0 ? null : text.substring(start + 8, Math.min(text.length(), start + 8 + sha.length()));
            }
        }

        private List<PackedRef> packed() throws IOException {
            Path file = commonDir.resolve("packed-refs");
            List<PackedRef> refs = new ArrayList<>();
            if (!Files.isRegularFile(file)) {
                return refs;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("^") && !refs.isEmpty()) {
                    PackedRef last = refs.remove(refs.size() - 1);
                    refs.add(new PackedRef(last.name, last.sha, line.substring(1).trim()));
                } else if (!line.startsWith("#") && line.indexOf(' ') > 0) {
                    int sp = line.indexOf(' ');
                    refs.add(new PackedRef(line.substring(sp + 1).trim(), line.substring(0, sp), null));
                }
            }
            return refs;
        }
    }

    private record PackedRef(String name, String sha, String peeled) {
    }
}
