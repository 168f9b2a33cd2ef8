package io.github.stackmaven.stack.compose.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import io.github.stackmaven.stack.compose.write.ComposeWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential suite: every case under {@code src/test/resources/compose-v2/} is loaded by our loader and
 * printed by {@link ComposeWriter} as JSON, and by {@code docker compose config --format json} (compose v2, the
 * reference); the two must mean the same ({@link ComposeV2#normalise}). Where v2 rejects a case, we must reject
 * it too. Where they mean the same, the YAML of both must be the same bytes (KNOWN-YAML-DIFFERENCES lists the
 * exceptions). Without compose v2 on the PATH the suite logs that it is skipped.
 *
 * <p>A case is a directory: {@code compose.yaml} (or the files named by {@code files=} in {@code case.properties},
 * comma-separated, in merge order), plus whatever it refers to. {@code case.properties} may also set
 * {@code profiles=a,b} and {@code env.NAME=value} (the whole OS environment both tools see, with PWD set to
 * the case directory as a shell sets it).
 */
class ComposeV2DifferentialTest {

    static final Path CASES = Path.of(System.getProperty("basedir", "."), "src/test/resources/compose-v2");
    static final String PROJECT = "v2diff";
    static final Path KNOWN = CASES.resolve("KNOWN-DIFFERENCES");
    static final Path KNOWN_YAML = CASES.resolve("KNOWN-YAML-DIFFERENCES");

    record Case(String name, Path dir, List<String> files, List<String> profiles, Map<String, String> env) {

        static Case read(Path dir) {
            Properties p = new Properties();
            Path props = dir.resolve("case.properties");
            if (Files.isRegularFile(props)) {
                try (Reader r = Files.newBufferedReader(props)) {
                    p.load(r);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            Map<String, String> env = new LinkedHashMap<>();
            // a shell always sets PWD; compose v2 does not add it when missing, our loader does
            env.put("PWD", dir.toAbsolutePath().normalize().toString());
            p.stringPropertyNames().stream().filter(k -> k.startsWith("env.")).sorted()
                    .forEach(k -> env.put(k.substring(4), p.getProperty(k)));
            return new Case(dir.getFileName().toString(), dir.toAbsolutePath().normalize(),
                    split(p.getProperty("files", "compose.yaml")), split(p.getProperty("profiles", "")), env);
        }

        private static List<String> split(String s) {
            return Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        }
    }

    /**
     * Cases that still differ from compose v2 on purpose or for want of a fix, one per line: {@code name  # why}.
     * Each listed case must still differ (so a fix shows up and the entry goes); the list is reported in
     * docs/compose.md.
     */
    static Map<String, String> knownDifferences(Path list) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list)) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    int hash = entry.indexOf('#');
                    String name = (hash < 0 ? entry : entry.substring(0, hash)).strip();
                    out.put(name, hash < 0 ? "" : entry.substring(hash + 1).strip());
                }
            }
        }
        return out;
    }

    static List<Case> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).sorted().map(Case::read).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> sameMeaningAsComposeV2() throws Exception {
        String unavailable = ComposeV2.unavailableReason();
        if (unavailable != null) {
            System.out.println("[ComposeV2DifferentialTest] skipped: compose v2 is not available: " + unavailable);
            Assumptions.abort("compose v2 is not available: " + unavailable);
        }
        List<Case> cases = cases();
        assertThat(cases).as("differential cases in %s", CASES).hasSizeGreaterThanOrEqualTo(150);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<ComposeV2.Result>> runs = new ArrayList<>();
            List<CompletableFuture<ComposeV2.Result>> yamlRuns = new ArrayList<>();
            for (Case c : cases) {
                runs.add(CompletableFuture.supplyAsync(
                        () -> ComposeV2.config(c.dir(), c.files(), PROJECT, c.profiles(), c.env()), pool));
                yamlRuns.add(CompletableFuture.supplyAsync(
                        () -> ComposeV2.config(c.dir(), c.files(), PROJECT, c.profiles(), c.env(), "yaml"), pool));
            }
            Map<String, String> known = knownDifferences(KNOWN);
            Map<String, String> knownYaml = knownDifferences(KNOWN_YAML);
            List<DynamicTest> tests = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                ComposeV2.Result v2 = runs.get(i).join();
                String reason = known.get(c.name());
                tests.add(DynamicTest.dynamicTest(c.name(), reason == null ? () -> compare(c, v2)
                        : () -> assertThatThrownBy(() -> compare(c, v2)).as("%s is listed in %s (%s) but now"
                                + " matches compose v2: remove it from the list", c.name(), KNOWN, reason)
                                .isInstanceOf(AssertionError.class)));
                ComposeV2.Result v2Yaml = yamlRuns.get(i).join();
                if (reason == null && v2Yaml.ok()) {
                    String yamlReason = knownYaml.get(c.name());
                    tests.add(DynamicTest.dynamicTest(c.name() + " (YAML bytes)", yamlReason == null
                            ? () -> compareYaml(c, v2Yaml)
                            : () -> assertThatThrownBy(() -> compareYaml(c, v2Yaml)).as("%s is listed in %s (%s)"
                                    + " but its YAML now equals compose v2's: remove it from the list", c.name(),
                                    KNOWN_YAML, yamlReason).isInstanceOf(AssertionError.class)));
                }
            }
            return tests.stream();
        } finally {
            pool.shutdown();
        }
    }

    static void compare(Case c, ComposeV2.Result v2) throws IOException {
        String ours;
        try {
            ours = ours(c);
        } catch (ComposeException e) {
            assertThat(v2.ok()).as("%s: we reject (%s) but compose v2 accepts:%n%s", c.name(), e.getMessage(),
                    v2.out()).isFalse();
            return;
        }
        assertThat(v2.ok()).as("%s: compose v2 rejects (%s) but we accept:%n%s", c.name(), v2.err().strip(), ours)
                .isTrue();
        JsonNode expected = ComposeV2.normalise(v2.out(), c.dir());
        JsonNode actual = ComposeV2.normalise(ours, c.dir());
        assertThat(ComposeV2.differences(expected, actual)).as("%s differs from compose v2", c.name()).isEmpty();
    }

    /**
     * Where the model is the same, {@code stack:config}'s YAML is byte for byte compose v2's (same key order,
     * same quoting), so users can diff the two tools' output directly.
     */
    static void compareYaml(Case c, ComposeV2.Result v2) {
        String ours = ComposeWriter.showingSecrets().toYaml(load(c));
        assertThat(ours).as("%s: YAML differs from compose v2's", c.name()).isEqualTo(v2.out());
    }

    static ComposeProject load(Case c) {
        return ComposeLoader.load(LoadRequest.builder(c.dir(), c.files().stream().map(Path::of).toList())
                .projectName(PROJECT).profiles(c.profiles().isEmpty() ? null : c.profiles()).environment(c.env())
                .build());
    }

    static String ours(Case c) {
        return ComposeWriter.showingSecrets().toJson(load(c));
    }
}
