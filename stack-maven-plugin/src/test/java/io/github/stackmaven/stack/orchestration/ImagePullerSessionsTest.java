package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.compose.PullPolicy;
import io.github.stackmaven.stack.engine.BuildEvent;
import io.github.stackmaven.stack.engine.BuildFailedException;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.BuildSession;
import io.github.stackmaven.stack.engine.BuildSessionSpec;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.BuildSessionMode;
import io.github.stackmaven.stack.plan.BuildSecret;
import io.github.stackmaven.stack.plan.ServicePlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** up's builds go through BuildKit sessions: secrets served by id, sessions closed after success and failure. */
class ImagePullerSessionsTest {
    @TempDir
    Path dir;

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> secretsSent = new CopyOnWriteArrayList<>();
    private String failBuildOf;
    private EngineClient engine;

    @BeforeEach
    void engine() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM busybox\nRUN --mount=type=secret,id=token true\n");
        engine = (EngineClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EngineClient.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "imageExists" -> false;
                    case "supportsBuildkit" -> true;
                    case "openBuildSession" -> open((BuildSessionSpec) args[0]);
                    case "build" -> {
                        calls.add("tar build");
                        yield "sha256:x";
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private BuildSession open(BuildSessionSpec spec) {
        Map<String, String> secrets = new TreeMap<>();
        spec.secrets().forEach((k, v) -> secrets.put(k, new String(v, StandardCharsets.UTF_8)));
        secretsSent.add(secrets);
        int n = secretsSent.size();
        calls.add("open " + n);
        return new BuildSession() {
            @Override
            public String build(BuildRequest request, Consumer<BuildEvent> events) {
                calls.add("build " + request.tags().get(0) + " in " + n);
                if (request.tags().get(0).equals(failBuildOf)) {
                    throw new BuildFailedException(null, "[2/2] RUN true", "exit code: 1", List.of());
                }
                return "sha256:" + n;
            }

            @Override
            public long bytesSent() {
                return 0;
            }

            @Override
            public long filesSent() {
                return 0;
            }

            @Override
            public void close() {
                calls.add("close " + n);
            }
        };
    }

    private ServicePlan service(String name, List<BuildSecret> secrets) {
        return new ServicePlan(name, "shop-" + name, PullPolicy.MISSING, List.of(), List.of(), false, "h",
                BuildRequest.builder().context(dir).tags(List.of("shop-" + name)).build(), null, secrets);
    }

    private ImagePuller puller(BuildSessionMode mode) {
        return new ImagePuller(engine, EventSink.NONE, Runnable::run).withBuildSessions(mode, h -> Optional.empty());
    }

    @Test
    void secretsReachTheSessionByTheirIds_andEverySessionIsClosedAfterTheBuilds() throws Exception {
        Files.writeString(dir.resolve("token.txt"), "from-file");
        puller(BuildSessionMode.AUTO).ensure(List.of(
                service("app", List.of(new BuildSecret("token", "token", dir.resolve("token.txt"), null, null),
                        new BuildSecret("api_key", "key", null, "API_KEY", "from-env"))),
                service("web", List.of()), service("worker", List.of())), false, false);
        assertThat(secretsSent).containsExactly(Map.of("token", "from-file", "api_key", "from-env"), Map.of());
        // web and worker share one session (one context); app's secrets get a session of their own
        assertThat(calls).containsExactly("open 1", "build shop-app in 1", "open 2", "build shop-web in 2",
                "build shop-worker in 2", "close 1", "close 2");
    }

    @Test
    void aFailedBuildStillClosesTheSessions() {
        failBuildOf = "shop-web";
        assertThatThrownBy(() -> puller(BuildSessionMode.AUTO).ensure(List.of(service("app", List.of()),
                service("web", List.of())), false, false))
                .isInstanceOf(StackException.class).hasMessageContaining("Service web: ");
        assertThat(calls).containsExactly("open 1", "build shop-app in 1", "build shop-web in 1", "close 1");
    }

    @Test
    void neverSendsATar_andRefusesSecretsNamingThemAndTheSetting() {
        puller(BuildSessionMode.NEVER).ensure(List.of(service("web", List.of())), false, false);
        assertThat(calls).containsExactly("tar build");
        assertThatThrownBy(() -> puller(BuildSessionMode.NEVER).ensure(List.of(service("app", List.of(
                new BuildSecret("api_key", "key", null, "API_KEY", "from-env")))), false, false))
                .isInstanceOf(StackException.class)
                .hasMessage("Service app: the build secrets api_key need a BuildKit session, and stack.buildSession"
                        + " is never: set -Dstack.buildSession=auto (or drop build.secrets)");
        assertThat(calls).containsExactly("tar build");
    }

    @Test
    void aMissingFileOrUnsetVariableFailsNamingTheSecretAndWhatToDo_beforeAnyBuild() {
        assertThatThrownBy(() -> puller(BuildSessionMode.AUTO).ensure(List.of(service("app", List.of(
                new BuildSecret("token", "token", dir.resolve("absent.txt"), null, null)))), false, false))
                .isInstanceOf(StackException.class)
                .hasMessage("Service app: the build secret token (top-level secrets.token) comes from the file "
                        + dir.resolve("absent.txt") + ", which does not exist; create it or point secrets.token.file"
                        + " at another file");
        assertThatThrownBy(() -> puller(BuildSessionMode.AUTO).ensure(List.of(service("app", List.of(
                new BuildSecret("api_key", "key", null, "API_KEY", null)))), false, false))
                .isInstanceOf(StackException.class)
                .hasMessage("Service app: the build secret api_key (top-level secrets.key) comes from the environment"
                        + " variable API_KEY, which is not set; set it (in the environment or the project's .env"
                        + " file) or point secrets.key at a file");
        assertThat(calls).isEmpty();
    }
}
