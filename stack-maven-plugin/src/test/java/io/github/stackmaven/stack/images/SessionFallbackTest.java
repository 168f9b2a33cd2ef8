package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.BuildSessionRefusedException;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.event.EventSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** An engine that refuses the session gets today's tar upload, said once for all targets. */
class SessionFallbackTest {
    @TempDir
    Path dir;

    @Test
    void aRefusedSessionFallsBackToTheTarOnceForEveryTarget() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox AS builder\nFROM busybox AS production\n");
        List<String> calls = new ArrayList<>();
        List<Integer> tarSizes = new ArrayList<>();
        EngineClient engine = (EngineClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EngineClient.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    switch (method.getName()) {
                        case "supportsBuildkit":
                            return true;
                        case "openBuildSession":
                            throw new BuildSessionRefusedException("the engine refused a build session"
                                    + " (HTTP/1.1 400 Bad Request)");
                        case "build":
                            BuildRequest r = (BuildRequest) args[0];
                            ByteArrayOutputStream tar = new ByteArrayOutputStream();
                            r.tar().writeTo(tar);
                            tarSizes.add(tar.size());
                            return "sha256:" + "ab".repeat(32);
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        List<String> warnings = new ArrayList<>();
        EventSink events = new EventSink() {
            public void info(String m) { }
            public void warn(String m) { warnings.add(m); }
            public void debug(String m) { }
        };
        ImageBuilder builder = new ImageBuilder(engine, events).withSessions(BuildSessionMode.AUTO, Map.of(),
                host -> Optional.empty());
        for (String target : List.of("builder", "production")) {
            String id = builder.build(BuildRequest.builder().context(dir).target(target)
                    .tags(List.of("x-" + target + ":1")).build(), line -> { });
            assertThat(id).isEqualTo("sha256:" + "ab".repeat(32));
        }
        builder.closeSessions();
        assertThat(calls).containsExactly("supportsBuildkit", "openBuildSession", "build", "build");
        assertThat(tarSizes).allMatch(size -> size > 0);
        assertThat(warnings).containsExactly("No build session (the engine refused a build session (HTTP/1.1 400"
                + " Bad Request)): sending the whole context as a tar instead");
    }

    @Test
    void aRefusedSessionWithSecretsFailsInsteadOfBuildingWithoutThem() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\nRUN --mount=type=secret,id=token true\n");
        List<String> calls = new ArrayList<>();
        EngineClient engine = (EngineClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EngineClient.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    switch (method.getName()) {
                        case "supportsBuildkit":
                            return true;
                        case "openBuildSession":
                            throw new BuildSessionRefusedException("the engine refused a build session");
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        ImageBuilder builder = new ImageBuilder(engine, EventSink.NONE).withSessions(BuildSessionMode.AUTO,
                Map.of("token", "s3cret".getBytes(java.nio.charset.StandardCharsets.UTF_8)), host -> Optional.empty());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builder.build(BuildRequest.builder().context(dir)
                        .tags(List.of("x:1")).build(), line -> { }))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageContaining("the build secrets token need a BuildKit session")
                .hasMessageNotContaining("s3cret");
        builder.closeSessions();
        assertThat(calls).containsExactly("supportsBuildkit", "openBuildSession");
    }
}
