package io.github.stackmaven.stack.junit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Where the values of a stack the Maven build started are found: the {@code stack.*} system properties failsafe
 * passes on, or {@code target/stack/<environment>.properties}, which {@code stack:up} writes.
 */
final class ExportedValues {
    static final String PROJECT = "stack.project";

    private ExportedValues() {
    }

    /**
     * The exported values among system properties, when they name a project ({@code stack.project}) and belong to
     * {@code environment} ({@code stack.environment}, default {@code test}). A value still holding an unresolved
     * {@code ${...}} (failsafe configured with {@code ${stack.project}} while no {@code up} ran) counts as absent.
     */
    static Optional<Map<String, String>> fromSystem(Properties system, String environment) {
        String project = system.getProperty(PROJECT);
        if (!resolved(project) || !environment.equals(system.getProperty("stack.environment", "test").trim())) {
            return Optional.empty();
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : system.stringPropertyNames()) {
            String v = system.getProperty(key);
            if (key.equals(PROJECT) || exported(key) && resolved(v)) {
                values.put(key, v.trim());
            }
        }
        return Optional.of(values);
    }

    /** What {@code up} recorded in {@code <stackDir>/<environment>.properties}, when it names a project. */
    static Optional<Map<String, String>> fromFile(Path stackDir, String environment) {
        Path file = file(stackDir, environment);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!resolved(p.getProperty(PROJECT))) {
            return Optional.empty();
        }
        Map<String, String> values = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).trim()));
        return Optional.of(values);
    }

    static Path file(Path stackDir, String environment) {
        return stackDir.resolve(environment + ".properties");
    }

    /** {@code stack.S.host}, {@code stack.S.port} and {@code stack.S.port.N}: what {@code up} exports per service. */
    static boolean exported(String key) {
        return key.startsWith("stack.") && (key.endsWith(".host") || key.matches("stack\\..+\\.port(\\.\\d+)?"));
    }

    private static boolean resolved(String value) {
        return value != null && !value.isBlank() && !value.contains("${");
    }
}
