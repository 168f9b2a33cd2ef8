package io.github.stackmaven.stack.stack;

import io.github.stackmaven.stack.engine.EngineClient;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams every container's output to {@code <logDir>/<container>.log} for as long as the stack runs: {@code up}
 * starts the streams, {@code down} (or the end of the build) closes them. Shared across goal executions of one
 * build, keyed by compose project.
 */
public final class LogStreams {
    private static final Map<String, List<AutoCloseable>> OPEN = new ConcurrentHashMap<>();

    private LogStreams() {
    }

    public static void follow(EngineClient engine, String project, String containerId, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        AutoCloseable stream = engine.followLogs(containerId, line -> {
            try {
                synchronized (writer) {
                    writer.write(line);
                    writer.newLine();
                    writer.flush();
                }
            } catch (IOException e) {
                // the log file is a convenience; the stack keeps running without it
            }
        });
        List<AutoCloseable> list = OPEN.computeIfAbsent(project, p -> new ArrayList<>());
        synchronized (list) {
            list.add(stream);
            list.add(writer);
        }
    }

    /** Stops following the project's containers and closes their files. */
    public static void close(String project) {
        List<AutoCloseable> list = OPEN.remove(project);
        if (list == null) {
            return;
        }
        synchronized (list) {
            for (AutoCloseable c : list) {
                try {
                    c.close();
                } catch (Exception e) {
                    // closing a log stream; nothing to report
                }
            }
        }
    }
}
