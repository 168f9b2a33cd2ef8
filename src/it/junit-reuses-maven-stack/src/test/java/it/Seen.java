package it;

import io.github.stackmaven.stack.junit.RunningStack;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What a test class was given, in target/junit/<name>.properties, for verify.groovy. */
final class Seen {
    private Seen() {
    }

    static void record(String name, RunningStack stack, String service, int port) throws IOException {
        Properties p = new Properties();
        p.setProperty("project", stack.project());
        p.setProperty("startedByExtension", Boolean.toString(stack.startedByExtension()));
        p.setProperty("host", stack.host(service));
        p.setProperty("port", Integer.toString(port));
        Path file = Path.of("target", "junit", name + ".properties");
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file)) {
            p.store(w, null);
        }
    }
}
