package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.orchestration.PrivateFiles;
import org.apache.maven.plugin.MojoExecutionException;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What {@code up} leaves for {@code down} and for other tools: {@code target/stack/<environment>.properties} with
 * the project name and the exported hosts and ports.
 */
final class StackState {
    private StackState() {
    }

    static String key(String environment) {
        return "stack.project." + environment;
    }

    /** The build's {@code LogStreams} of a stack, in the plugin context (build-scoped, unlike a static). */
    static String logsKey(String stackProject) {
        return "stack.logs." + stackProject;
    }

    static Path file(Path stackDir, String environment) {
        return stackDir.resolve(environment + ".properties");
    }

    static void write(Path stackDir, String environment, Map<String, String> values) throws MojoExecutionException {
        Properties p = new Properties();
        p.putAll(values);
        Path file = file(stackDir, environment);
        try {
            try (Writer w = new java.io.OutputStreamWriter(PrivateFiles.create(file), StandardCharsets.UTF_8)) {
                p.store(w, "written by stack:up; read by stack:down");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The project name {@code up} recorded for this environment, or null. */
    static String readProject(Path stackDir, String environment) {
        Path file = file(stackDir, environment);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            return null;
        }
        return p.getProperty("stack.project");
    }
}
