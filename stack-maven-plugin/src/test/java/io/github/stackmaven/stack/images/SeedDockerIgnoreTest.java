package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real .dockerignore files of the seed projects, each applied to a synthetic tree: what the docker CLI would
 * send and what it would leave out. Runs in the seed-corpus checks only (the profile of that name, active when
 * ../shared/corpus/seeds exists); there it fails, never skips, when a seed is missing.
 */
@Tag("seed-corpus")
class SeedDockerIgnoreTest {

    private record Expectation(List<String> sent, List<String> leftOut) {
    }

    private static final Expectation PYCROFT = new Expectation(
            List.of("pycroft/model.py", "web/build/x.js", "web/dist.py"),
            List.of(".idea/workspace.xml", "build/lib/x.py", "dist/p.whl", "node_modules/a/index.js"));

    private static final Map<String, Expectation> SEEDS = Map.of(
            "pycroft/.dockerignore", PYCROFT,
            "pycroft/_legacy-aeae9b7-compose-v2.3/.dockerignore", PYCROFT,
            "truenth-portal/.dockerignore", new Expectation(
                    List.of("portal/x.pyc", "portal/lib/x.py", "docker/docker-compose.yaml",
                            "portal/static/css/sub/x.css", "portal/static/js/app.js"),
                    List.of("portal.egg-info/PKG-INFO", "x.pyc", ".env", "docker/portal.env",
                            "docker/docker-compose.dev.local.yaml", "portal/static/css/app.css",
                            "node_env/bin/node", "portal/node_modules/x/i.js", "lib/x.py", "man/x.1",
                            "portal/static/js/.eslintrc.js", "portal/static/bundle/b.js", "translations.mo")),
            "pixel/.dockerignore", new Expectation(
                    List.of("app/README.md", "app/main.py", "app/static/app.js"),
                    List.of("__pycache__/x.pyc", "app/__pycache__/x.pyc", "app/views.pyc", "README.md",
                            "docker-compose.yml", "docker-compose.test.yml", "env.d/app.env", "app/.DS_Store",
                            ".git/HEAD", "assets/logo.png", "package.json")),
            "addons-server/_versions/2024-fork-KevinMind-e5b0180b/.dockerignore", new Expectation(
                    List.of("docker/Dockerfile.deps", "docs/index.rst", "src/olympia/x.py", "src/web/x.py"),
                    List.of(".env", "docker/artifacts/x.tar", "docs/_build/html/index.html", "web/x.js",
                            "deps/x.whl", "logs/a.log", "storage/files/x", ".git/HEAD")),
            "addons-server/_versions/97a6d557/.dockerignore", new Expectation(
                    List.of("logs/", "src/x.py", "src/node_modules/kept.js"),
                    List.of("logs/a.log", "node_modules/a/i.js", ".git/HEAD", ".tox/py3/x", ".cache/y")),
            "cores/cores/.dockerignore", new Expectation(
                    List.of("manage.py", "core/models.py", "app/a.pyc", "app/__pycache__/m.pyc", "Pipfile.lock",
                            "docs/index.md", "app/site/x.html"),
                    List.of("a.pyc", "b.pyo", "x$py.class", "__pycache__/m.pyc", "build/x", "Bin/x", "bin/x",
                            "Lib/x", "lib64/x", "site/index.html", "foo.git/HEAD", ".git/HEAD",
                            "target/classes/X.class", ".coverage.123", "media/x.png", ".env", "venv/bin/python",
                            "docs/_build/x.html")));

    static Path seedsDir() {
        String dir = System.getProperty("stack.seeds.dir");
        assertThat(dir).as("system property stack.seeds.dir (set by surefire in the plugin POM)").isNotBlank();
        Path path = Path.of(dir);
        assertThat(path).as("seed corpus directory").isDirectory();
        return path;
    }

    @Test
    void everySeedDockerignoreHasExpectations() throws IOException {
        Path seeds = seedsDir();
        try (Stream<Path> files = Files.walk(seeds)) {
            List<String> found = files.filter(p -> p.getFileName().toString().equals(DockerIgnore.FILE_NAME))
                    .map(p -> seeds.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
            assertThat(found).containsExactlyInAnyOrderElementsOf(SEEDS.keySet());
        }
    }

    static Stream<String> seeds() {
        return SEEDS.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void seedDockerignore_onSyntheticTree(String seed, @TempDir Path context) throws Exception {
        Files.copy(seedsDir().resolve(seed), context.resolve(DockerIgnore.FILE_NAME));
        Expectation expectation = SEEDS.get(seed);
        Files.writeString(context.resolve("Dockerfile"), "FROM busybox\n");
        for (String file : concat(expectation.sent(), expectation.leftOut())) {
            Path p = context.resolve(file);
            if (file.endsWith("/")) {
                Files.createDirectories(p);
            } else {
                Files.createDirectories(p.getParent());
                Files.writeString(p, file);
            }
        }

        List<String> sent = TarListing.of(BuildContext.of(context)).names();

        assertThat(sent).as(seed).contains(DockerIgnore.FILE_NAME, "Dockerfile")
                .containsAll(expectation.sent()).doesNotContainAnyElementsOf(expectation.leftOut());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toList());
    }
}
