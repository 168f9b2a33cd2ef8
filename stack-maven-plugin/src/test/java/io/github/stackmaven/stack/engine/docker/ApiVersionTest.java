package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.stackmaven.stack.engine.BuildEvent;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.EngineEndpoint;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Docker 29 readiness: an engine that offers API 1.47 and, as Docker 29 does, refuses any version below 1.44
 * ("client version 1.41 is too old"). The client must speak the server's version: every request goes to an
 * unversioned path (the engine then answers with its own, newest version) or to a version no lower than the one
 * the server announced, through docker-java and through the raw build and push requests alike.
 */
class ApiVersionTest {

    private static final String SERVER_API = "1.47";
    private static final Pattern VERSIONED = Pattern.compile("^/v(\\d+)\\.(\\d+)(/.*)$");

    private HttpServer server;
    private final List<String> paths = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            paths.add(exchange.getRequestMethod() + " " + path);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Api-Version", SERVER_API);
            exchange.getResponseHeaders().add("Builder-Version", "2");
            Matcher m = VERSIONED.matcher(path);
            if (m.matches()) {
                if (Integer.parseInt(m.group(1)) == 1 && Integer.parseInt(m.group(2)) < 44) {
                    send(exchange, 400, "{\"message\":\"client version " + m.group(1) + "." + m.group(2)
                            + " is too old. Minimum supported API version is 1.44, please upgrade your client to a"
                            + " newer version\"}");
                    return;
                }
                path = m.group(3);
            }
            if (path.equals("/_ping")) {
                send(exchange, 200, "OK");
            } else if (path.equals("/version")) {
                send(exchange, 200, "{\"Platform\":{\"Name\":\"Docker Engine - Community\"},\"Components\":[{\"Name\":"
                        + "\"Engine\",\"Version\":\"29.0.0\"}],\"Version\":\"29.0.0\",\"ApiVersion\":\"" + SERVER_API
                        + "\",\"MinAPIVersion\":\"1.44\",\"Os\":\"linux\",\"Arch\":\"amd64\"}");
            } else if (path.equals("/containers/json") || path.equals("/networks")) {
                send(exchange, 200, "[]");
            } else if (path.equals("/volumes")) {
                send(exchange, 200, "{\"Volumes\":[],\"Warnings\":null}");
            } else if (path.equals("/build")) {
                send(exchange, 200, "{\"stream\":\"built\\n\"}\n{\"aux\":{\"ID\":\"sha256:0123\"}}\n");
            } else if (path.startsWith("/images/") && path.endsWith("/push")) {
                send(exchange, 200, "{\"status\":\"Pushed\"}\n{\"aux\":{\"Tag\":\"1.0\",\"Digest\":\"sha256:4567\","
                        + "\"Size\":1}}\n");
            } else {
                send(exchange, 404, "{\"message\":\"no such path in this fake engine: " + path + "\"}");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") || body.startsWith("[")
                ? "application/json" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void everyRequestUsesTheServersApiVersionOrNone() {
        EngineEndpoint endpoint = EngineEndpoint.of("tcp://127.0.0.1:" + server.getAddress().getPort(), "test");
        try (DockerEngineClient client = DockerEngineConnector.connect(List.of(endpoint), true)) {
            assertThat(client.info().apiVersion()).isEqualTo(SERVER_API);
            assertThat(client.info().version()).isEqualTo("29.0.0");
            assertThat(client.listContainers(Map.of("io.github.stackmaven.run", "r1"))).isEmpty();
            assertThat(client.listNetworks(Map.of("com.docker.compose.project", "p"))).isEmpty();
            assertThat(client.listVolumes(Map.of("com.docker.compose.project", "p"))).isEmpty();
            assertThat(client.supportsBuildkit()).isTrue();
            List<BuildEvent> buildEvents = new ArrayList<>();
            assertThat(client.build(BuildRequest.builder().tar(out -> { }).dockerfile("Dockerfile")
                    .target("production").tags(List.of("example/app:1.0")).build(), buildEvents::add))
                    .isEqualTo("sha256:0123");
            assertThat(buildEvents).containsExactly(new BuildEvent.Output("built"));
            assertThat(client.pushImage("127.0.0.1:5001/example/app", "1.0", null, e -> { }))
                    .isEqualTo("sha256:4567");
        }
        List<String> seen = List.copyOf(paths);
        assertThat(seen).as("the fake engine saw the calls").anySatisfy(p -> assertThat(p).endsWith("/version"))
                .anySatisfy(p -> assertThat(p).endsWith("/containers/json"))
                .anySatisfy(p -> assertThat(p).endsWith("/networks"))
                .anySatisfy(p -> assertThat(p).endsWith("/volumes"))
                .anySatisfy(p -> assertThat(p).endsWith("/_ping"))
                .anySatisfy(p -> assertThat(p).startsWith("POST").endsWith("/build"))
                .anySatisfy(p -> assertThat(p).startsWith("POST").endsWith("/push"));
        assertThat(seen).allSatisfy(p -> {
            Matcher m = VERSIONED.matcher(p.substring(p.indexOf(' ') + 1));
            if (m.matches()) {
                assertThat(Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2)))
                        .as("%s: a version below the server's %s", p, SERVER_API).isGreaterThanOrEqualTo(1047);
            }
        });
    }
}
