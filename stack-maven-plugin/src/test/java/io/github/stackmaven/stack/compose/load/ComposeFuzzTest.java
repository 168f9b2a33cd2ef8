package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates the project's own fixtures (the bad-input cases and the layout fixtures' compose files) with a fixed seed
 * and loads each result. Every one must be accepted or refused with one {@link ComposeException} that names a file
 * (and, where the text allows, line and column), names no Java exception class and carries no stack trace, within
 * {@link Bounded#CPU} of CPU time. Anything else is collected and reported together.
 */
class ComposeFuzzTest {

    private static final long SEED = 20261128L;
    private static final int CASES = 520;
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|org\\.snakeyaml|com\\.github)\\.[a-z]|\\b[A-Z][A-Za-z]*(?:Exception|Error)\\b|\\tat ");

    private static final String VALID = """
            name: shop
            x-base: &base
              image: busybox:latest
              environment:
                A: "1"
              labels: [x=y]
            services:
              web:
                <<: *base
                ports: ["8080:80", "127.0.0.1:9000-9001:9000-9001/udp"]
                depends_on:
                  db: {condition: service_healthy}
                healthcheck: {test: ["CMD", "true"], interval: 5s, retries: 3}
                volumes: [data:/data, ./src:/src:ro]
                deploy: {resources: {limits: {memory: 512M, cpus: "0.5"}}}
                scale: 1
              db:
                image: busybox:${TAG:-latest}
                command: sh -c 'sleep 1'
                ulimits: {nofile: {soft: 1024, hard: 2048}}
            volumes:
              data: {}
            networks:
              default: {driver: bridge}
            """;

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    @Test
    void mutatedFixturesFailCleanlyOrLoad() throws Exception {
        List<String> fixtures = fixtures();
        assertThat(fixtures).hasSizeGreaterThan(30);
        List<BiFunction<String, Random, String>> mutations = List.of(
                ComposeFuzzTest::deleteLines, ComposeFuzzTest::shiftIndentation, ComposeFuzzTest::swapType,
                ComposeFuzzTest::truncate, ComposeFuzzTest::randomBytes, ComposeFuzzTest::hugeScalar,
                ComposeFuzzTest::deepNesting, ComposeFuzzTest::aliasBomb, ComposeFuzzTest::mergeBomb,
                (text, r) -> swapType(deleteLines(shiftIndentation(text, r), r), r));
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            String fixture = fixtures.get(random.nextInt(fixtures.size()));
            String mutated = mutations.get(i % mutations.size()).apply(fixture, random);
            if (check(i, mutated)) {
                accepted++;
            }
        }
        assertThat(problems).as("%d of %d mutated files broke a promise", problems.size(), CASES).isEmpty();
        assertThat(accepted).as("some mutations stay valid, so acceptance is exercised too").isPositive();
    }

    /** True when the file loaded; a problem is recorded for anything but a clean ComposeException. */
    private boolean check(int i, String text) throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case" + i));
        Files.write(caseDir.resolve("compose.yaml"), bytes(text));
        String what = "case " + i + " (" + text.length() + " chars, starts "
                + text.substring(0, Math.min(60, text.length())).replace("\n", "\\n") + ")";
        try {
            Bounded.call(() -> ComposeLoader.load(LoadRequest.of(caseDir, Map.of(), Path.of("compose.yaml"))));
            return true;
        } catch (ComposeException e) {
            String message = e.getMessage();
            if (!e.position().isKnown() || !message.startsWith(e.file())) {
                problems.add(what + ": no file in \"" + message + "\"");
            } else if (JAVA_NAME.matcher(message).find()) {
                problems.add(what + ": Java internals in \"" + message + "\"");
            } else if (message.length() > 2000) {
                problems.add(what + ": a " + message.length() + "-char message");
            }
        } catch (Throwable t) {
            problems.add(what + ": " + t);
        }
        return false;
    }

    /** UTF-8, except that a lone surrogate becomes the bytes no UTF-8 decoder accepts (invalid input on disk). */
    private static byte[] bytes(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(text.substring(i, i + 2).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.write(0xED);
                out.write(0xA0 | ((c >> 6) & 0x1F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static List<String> fixtures() throws IOException, URISyntaxException {
        List<String> out = new ArrayList<>(List.of(VALID));
        Path bad = Path.of(ComposeFuzzTest.class.getResource("/compose/bad").toURI());
        try (Stream<Path> files = Files.list(bad)) {
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        // the repository's own layout fixtures (base file + extends, overlays, !reset, env files, profiles)
        try (Stream<Path> files = Files.walk(Layouts.dir())) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches(".*compose.*\\.ya?ml"))
                    .filter(Files::isRegularFile).sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        return out;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static String deleteLines(String text, Random r) {
        List<String> lines = lines(text);
        for (int n = 1 + r.nextInt(3); n > 0 && lines.size() > 1; n--) {
            lines.remove(r.nextInt(lines.size()));
        }
        return String.join("\n", lines);
    }

    private static String shiftIndentation(String text, Random r) {
        List<String> lines = lines(text);
        int i = r.nextInt(lines.size());
        String line = lines.get(i);
        lines.set(i, switch (r.nextInt(4)) {
            case 0 -> " ".repeat(1 + r.nextInt(3)) + line;
            case 1 -> line.replaceFirst("^ {1,2}", "");
            case 2 -> "\t" + line;
            default -> line.strip();
        });
        return String.join("\n", lines);
    }

    private static final String[] VALUES = {"[]", "{}", "2147483648", "-9223372036854775809", "1e400", "yes",
        "null", "~", "!!binary aGk=", "!reset", "!override", "\"${X\"", "${X:?gone}", "&x", "*nowhere", "[1, {a: 2}]",
        "0x7fffffff", "-1", ".inf", "'unclosed", "\"\\u00\"", "|", "!!set {a}", "!custom x", "2001:db8::1"};

    private static String swapType(String text, Random r) {
        List<String> lines = lines(text);
        for (int tries = 0; tries < 10; tries++) {
            int i = r.nextInt(lines.size());
            String line = lines.get(i);
            int colon = line.indexOf(": ");
            if (colon > 0) {
                lines.set(i, line.substring(0, colon + 2) + VALUES[r.nextInt(VALUES.length)]);
                break;
            }
            if (line.stripLeading().startsWith("- ")) {
                lines.set(i, line.substring(0, line.indexOf("- ") + 2) + VALUES[r.nextInt(VALUES.length)]);
                break;
            }
        }
        return String.join("\n", lines);
    }

    private static String truncate(String text, Random r) {
        return text.substring(0, r.nextInt(text.length() + 1));
    }

    private static String randomBytes(String text, Random r) {
        StringBuilder out = new StringBuilder(text);
        for (int n = 1 + r.nextInt(5); n > 0; n--) {
            int at = r.nextInt(out.length() + 1);
            char c = switch (r.nextInt(5)) {
                case 0 -> (char) r.nextInt(32);
                case 1 -> "{}[]&*!|>'\"%@`#,:-?".charAt(r.nextInt(19));
                case 2 -> (char) (0xD800 + r.nextInt(0x800));
                case 3 -> (char) (0xFFF0 + r.nextInt(16));
                default -> (char) (32 + r.nextInt(0x2FF));
            };
            out.insert(at, c);
        }
        return out.toString();
    }

    private static String hugeScalar(String text, Random r) {
        int size = r.nextBoolean() ? 20_000 + r.nextInt(100_000) : YamlReader.MAX_CHARS + r.nextInt(1_000_000);
        String big = "v".repeat(size);
        return r.nextBoolean() ? "x-big: " + big + "\n" + text : text + "\nx-big: \"" + big + "\"\n";
    }

    private static String deepNesting(String text, Random r) {
        int depth = 50 + r.nextInt(400);
        return switch (r.nextInt(3)) {
            case 0 -> "x-deep: " + "[".repeat(depth) + "]".repeat(depth) + "\n" + text;
            case 1 -> "x-deep: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n" + text;
            default -> {
                StringBuilder out = new StringBuilder("x-deep:\n");
                for (int i = 1; i <= depth; i++) {
                    out.append(" ".repeat(i)).append("k:\n");
                }
                yield out.append(text).toString();
            }
        };
    }

    private static String aliasBomb(String text, Random r) {
        StringBuilder out = new StringBuilder("x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        int levels = 3 + r.nextInt(7);
        for (int i = 1; i <= levels; i++) {
            out.append("x-a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                out.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            out.append("]\n");
        }
        return out + text;
    }

    private static String mergeBomb(String text, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> "x-a: &a\n  <<: *a\n" + text;
            case 1 -> "x-a: &a\n  k:\n    <<: [*a]\n" + text;
            default -> {
                StringBuilder out = new StringBuilder("x-m0: &m0 {k0: v}\n");
                int levels = 5 + r.nextInt(30);
                for (int i = 1; i <= levels; i++) {
                    out.append("x-m").append(i).append(": &m").append(i).append(" {<<: [*m").append(i - 1)
                            .append(", *m").append(Math.max(0, i - 2)).append("], k").append(i).append(": v}\n");
                }
                yield out + text;
            }
        };
    }
}
