package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.SyncedDir;

import java.io.IOException;
import java.util.List;

/**
 * A directory served to BuildKit through a build session, walked as the tar context is ({@link ContextWalker}):
 * the engine's exclude patterns (its frontend reads the .dockerignore and sends them) or else this directory's own
 * rules, and the engine's include patterns (e.g. only {@code .dockerignore}, or only the Dockerfile) on top.
 */
final class ContextDir implements SyncedDir {
    private final java.nio.file.Path root;
    private final DockerIgnore ownRules;

    ContextDir(java.nio.file.Path root, DockerIgnore ownRules) {
        this.root = root;
        this.ownRules = ownRules;
    }

    @Override
    public void walk(List<String> includePatterns, List<String> excludePatterns, Visitor visitor)
            throws IOException {
        DockerIgnore excludes;
        DockerIgnore includes;
        try {
            excludes = excludePatterns.isEmpty() ? ownRules : DockerIgnore.of(excludePatterns);
            includes = includePatterns.isEmpty() ? null : DockerIgnore.of(includePatterns);
        } catch (InvalidIgnorePatternException e) {
            throw new IOException("the engine asked with a pattern that is not valid: " + e.getMessage(), e);
        }
        List<String> prefixes = includePatterns.stream().map(p -> p.startsWith("/") ? p.substring(1) : p).toList();
        java.util.Set<String> sent = new java.util.HashSet<>();
        new ContextWalker(root, excludes).walk(file -> {
            if (includes == null || includes.isExcluded(file.relative())
                    || file.attributes().isDirectory() && leadsTo(file.relative(), prefixes)) {
                sendParents(file.relative(), sent, visitor);
                visitor.visit(file.relative(), file.path(), file.attributes());
                sent.add(file.relative());
            }
        });
    }

    /**
     * BuildKit takes an entry only after its directory: a directory left out by the rules but entered for an
     * exception ({@code target} with {@code !target/app.jar}) is sent just before the first entry it holds.
     */
    private void sendParents(String relative, java.util.Set<String> sent, Visitor visitor) throws IOException {
        int slash = relative.lastIndexOf('/');
        if (slash < 0) {
            return;
        }
        String parent = relative.substring(0, slash);
        if (sent.contains(parent)) {
            return;
        }
        sendParents(parent, sent, visitor);
        java.nio.file.Path dir = root.resolve(parent);
        visitor.visit(parent, dir, java.nio.file.Files.readAttributes(dir,
                java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        sent.add(parent);
    }

    /** A directory that an include pattern names something below (its parents are sent with it). */
    private static boolean leadsTo(String dir, List<String> patterns) {
        return patterns.stream().anyMatch(p -> p.startsWith(dir + "/") || p.startsWith("**"));
    }
}
