package io.github.stackmaven.stack.engine.docker.session;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** gRPC and the generated session classes stay inside engine.docker.session (CONTRIBUTING.md, layers). */
class SessionLayeringTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/stackmaven/stack");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+)");

    @Test
    void onlyTheSessionPackageImportsGrpc() throws IOException {
        assertThat(MAIN).as("run from the plugin module's directory").isDirectory();
        List<String> outside = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                boolean session = f.startsWith(MAIN.resolve("engine/docker/session"));
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    String i = m.group(1);
                    if (i.startsWith("io.grpc.") || i.contains(".engine.docker.session.proto.")) {
                        (session ? inside : outside).add(f.getFileName() + ": " + i);
                    }
                }
            }
        }
        assertThat(inside).isNotEmpty();
        assertThat(outside).isEmpty();
    }
}
