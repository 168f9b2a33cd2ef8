package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineEndpoint;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import io.github.stackmaven.stack.event.EventSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Builds through a real BuildKit session on the local engine (skipped where /var/run/docker.sock is absent). */
class SessionBuildEngineTest {
    private static final Path SOCKET = Path.of("/var/run/docker.sock");

    @TempDir
    Path dir;

    private final List<String> tags = new ArrayList<>();

    @AfterEach
    void removeImages() throws Exception {
        for (String tag : tags) {
            new ProcessBuilder("docker", "rmi", "-f", tag).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        }
    }

    @Test
    void aSecondTargetAndARebuildSendOnlyWhatChanged() throws Exception {
        assumeTrue(Files.exists(SOCKET));
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox:latest AS builder\nCOPY . /src\n"
                + "RUN --mount=type=secret,id=token cat /run/secrets/token > /dev/null && ls /src > /list\n"
                + "FROM busybox:latest AS production\nCOPY --from=builder /list /list\n");
        Files.writeString(dir.resolve("a.txt"), "a".repeat(1000));
        Files.writeString(dir.resolve("b.txt"), "b".repeat(2000));
        Files.writeString(dir.resolve("ignored.txt"), "x".repeat(5000));
        Files.writeString(dir.resolve(".dockerignore"), "ignored.txt\n");
        List<String> said = new ArrayList<>();
        EventSink events = new EventSink() {
            public void info(String m) { said.add(m); }
            public void warn(String m) { said.add("WARN " + m); }
            public void debug(String m) { }
        };
        String name = "stack-session-test-" + UUID.randomUUID().toString().substring(0, 8);
        try (EngineClient engine = DockerEngineConnector.connect(List.of(EngineEndpoint.of("unix://" + SOCKET,
                "test")), true)) {
            ImageBuilder builder = new ImageBuilder(engine, events).withSessions(BuildSessionMode.AUTO,
                    Map.of("token", "s3cret".getBytes()), host -> Optional.empty());
            build(builder, name, "builder");
            build(builder, name, "production");
            builder.closeSessions();
            Files.writeString(dir.resolve("b.txt"), "c".repeat(3000));
            build(builder, name, "builder");
            builder.closeSessions();
        }
        List<String> sent = said.stream().filter(s -> s.startsWith("Build session: sent")).toList();
        assertThat(said).noneMatch(s -> s.startsWith("WARN"));
        // BuildKit reads the Dockerfile and .dockerignore afresh for every build (no diff for them), then the
        // context: first everything but the ignored file; the second target, nothing; after the change, b.txt
        long df = Files.size(dir.resolve("Dockerfile"));
        long di = Files.size(dir.resolve(".dockerignore"));
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0)).isEqualTo("Build session: sent 6 changed file(s), " + (2 * df + 2 * di + 3000)
                + " bytes of context");
        assertThat(sent.get(1)).isEqualTo("Build session: sent 0 changed file(s), 0 bytes of context");
        assertThat(sent.get(2)).isEqualTo("Build session: sent 3 changed file(s), " + (df + di + 3000)
                + " bytes of context");
    }

    private void build(ImageBuilder builder, String name, String target) throws ImageBuildException {
        String tag = name + "-" + target + ":t";
        tags.add(tag);
        builder.build(BuildRequest.builder().context(dir).target(target).tags(List.of(tag)).build(), line -> { });
    }
}
