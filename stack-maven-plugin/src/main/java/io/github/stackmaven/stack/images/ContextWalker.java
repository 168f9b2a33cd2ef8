package io.github.stackmaven.stack.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Walks a context directory the way moby's {@code TarWithOptions} does: depth first, names sorted by their bytes,
 * symlinks not followed, an excluded directory skipped unless an exception pattern names something below it
 * (then it is entered but not itself sent). Sockets, FIFOs and devices are left out.
 */
final class ContextWalker {

    /** Receives each entry to send. */
    interface Visitor {
        void visit(ContextFile file) throws IOException;
    }

    private static final Comparator<Path> BY_NAME_BYTES = (a, b) -> Arrays.compareUnsigned(
            a.getFileName().toString().getBytes(StandardCharsets.UTF_8),
            b.getFileName().toString().getBytes(StandardCharsets.UTF_8));

    private final Path root;
    private final DockerIgnore ignore;

    ContextWalker(Path root, DockerIgnore ignore) {
        this.root = root;
        this.ignore = ignore;
    }

    void walk(Visitor visitor) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("build context " + root + " is not a directory");
        }
        walk(root, "", null, visitor);
    }

    private void walk(Path dir, String relativeDir, IgnoreMatch dirMatch, Visitor visitor) throws IOException {
        for (Path child : sortedChildren(dir)) {
            String name = child.getFileName().toString();
            String relative = relativeDir.isEmpty() ? name : relativeDir + "/" + name;
            BasicFileAttributes attrs = Files.readAttributes(child, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            IgnoreMatch match = ignore.match(relative, dirMatch);
            if (match.excluded()) {
                if (attrs.isDirectory() && ignore.hasExceptions() && ignore.mayReincludeBelow(relative)) {
                    walk(child, relative, match, visitor);
                }
                continue;
            }
            if (attrs.isOther()) {
                continue;
            }
            visitor.visit(new ContextFile(child, relative, attrs));
            if (attrs.isDirectory()) {
                walk(child, relative, match, visitor);
            }
        }
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        }
        children.sort(BY_NAME_BYTES);
        return children;
    }
}
