package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.orchestration.PrivateFiles;

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

    static Path file(Path stackDir, String environment) {
        return stackDir.resolve(environment + ".properties");
    }

    static void write(Path stackDir, String environment, Map<String, String> values) throws StateFileException {
        Properties p = new Properties();
        p.putAll(values);
        Path file = file(stackDir, environment);
        try {
            try (Writer w = new java.io.OutputStreamWriter(PrivateFiles.create(file), StandardCharsets.UTF_8)) {
                p.store(w, "written by stack:up; read by stack:down");
            }
        } catch (IOException e) {
            throw new StateFileException(file, e);
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

    /** The project {@code up} started in this session, else the one the state file records, else null. */
    static String recordedProject(StackSession session, StackSettings s) {
        StackSession.Running running = session.running(file(s.stateDirectory(), s.environment()));
        return running != null ? running.project() : readProject(s.stateDirectory(), s.environment());
    }

    /**
     * The project name of the environment's running stack: what {@code up} recorded in this session, else in the
     * state file, else {@code stack.projectName}, else the compose project's name.
     */
    static String runningProject(StackSession session, StackSettings s) throws StackDefinitionException {
        String recorded = recordedProject(session, s);
        if (recorded != null) {
            return recorded;
        }
        String named = StackFiles.blankToNull(s.projectName());
        return named != null ? named : StackFiles.load(s).project().name();
    }
}
