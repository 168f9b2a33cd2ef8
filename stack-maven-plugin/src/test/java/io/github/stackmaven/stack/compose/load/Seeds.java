package io.github.stackmaven.stack.compose.load;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.stackmaven.stack.compose.ComposeProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Locates the shared seed corpus (seed-corpus profile only) and prepares a writable copy of one seed, as its project's docs say. */
final class Seeds {

    private static final java.util.concurrent.atomic.AtomicBoolean ANNOUNCED =
            new java.util.concurrent.atomic.AtomicBoolean();

    private Seeds() {
    }

    static Path dir() {
        String configured = System.getProperty("stack.seeds.dir");
        if (configured == null) {
            fail("system property stack.seeds.dir is not set (the plugin POM passes it to surefire)");
        }
        Path dir = Path.of(configured).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("SOURCES.md"))) {
            fail("seed corpus not found: looked for " + dir.resolve("SOURCES.md")
                    + " (stack.seeds.dir=" + configured + ")");
        }
        if (ANNOUNCED.compareAndSet(false, true)) {
            System.out.println("seed corpus found at " + dir + ": running the seed-corpus checks");
        }
        return dir;
    }

    /** Copies seed {@code name} into {@code target} and creates the env files its project creates at set-up. */
    static Path prepare(String name, Path target) {
        Path source = dir().resolve(name);
        Layouts.copy(source, target);
        try {
            switch (name) {
                case "pycroft" -> {
                    Files.copy(target.resolve("example.env"), target.resolve(".env"));
                    // in the repository docker-compose.yml is a symlink; the corpus stores its target as text
                    Path link = target.resolve("docker-compose.yml");
                    String linkTarget = Files.readString(link).strip();
                    Files.delete(link);
                    Files.createSymbolicLink(link, Path.of(linkTarget));
                }
                case "pycroft/_legacy-aeae9b7-compose-v2.3" ->
                        Files.copy(target.resolve("example.env"), target.resolve(".env"));
                case "truenth-portal/docker" -> {
                    Files.copy(target.resolve("default.env"), target.resolve(".env"));
                    Files.copy(target.resolve("portal.env.default"), target.resolve("portal.env"));
                }
                case "pixel" -> Files.writeString(target.resolve(".env"), "");
                // addons-server's `make setup` writes DOCKER_TAG into .env; without it every service has
                // `image: ""`, which compose v2 rejects (neither an image nor a build context)
                case "addons-server" ->
                        Files.writeString(target.resolve(".env"), "DOCKER_TAG=mozilla/addons-server:local\n");
                default -> {
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static ComposeProject load(Path dir, String files) {
        return load(dir, files, Map.of());
    }

    static ComposeProject load(Path dir, String files, Map<String, String> env) {
        List<Path> paths = Arrays.stream(files.split(",")).map(Path::of).toList();
        return ComposeLoader.load(LoadRequest.builder(dir, paths).environment(env).build());
    }
}
