package io.github.stackmaven.stack.compose.load;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The repository's own layout fixtures ({@code src/test/resources/layouts}): the base-file-plus-{@code extends},
 * overlay and each-file-alone layouts that the shared seed corpus shows, written for these tests so that a fresh
 * clone needs nothing outside the repository.
 */
final class Layouts {

    private Layouts() {
    }

    static Path dir() {
        URL url = Layouts.class.getResource("/layouts/base-extends/docker-compose.base.yml");
        if (url == null) {
            fail("layout fixtures not on the test class path (src/test/resources/layouts)");
        }
        try {
            return Path.of(url.toURI()).getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies fixture {@code name} into {@code target} and creates the env files a project creates at set-up. */
    static Path prepare(String name, Path target) {
        copy(dir().resolve(name), target);
        try {
            switch (name) {
                case "base-extends" -> Files.copy(target.resolve("example.env"), target.resolve(".env"));
                case "overlay" -> {
                    Files.copy(target.resolve("default.env"), target.resolve(".env"));
                    Files.copy(target.resolve("shop.env.default"), target.resolve("shop.env"));
                }
                default -> {
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Copies a fixture tree, every file writable (Seeds copies the seed corpus with it too). */
    static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    dest.toFile().setWritable(true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
