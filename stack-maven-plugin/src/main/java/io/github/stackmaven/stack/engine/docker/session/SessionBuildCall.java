package io.github.stackmaven.stack.engine.docker.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.EngineException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code POST /build?version=2&session=<id>&remote=client-session}: a BuildKit build with no body, whose context
 * BuildKit pulls from the session. The answer is the same NDJSON stream as a tar build's, handed on line by line,
 * so the caller decodes it with whatever decodes the tar build's answer.
 */
final class SessionBuildCall {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionBuildCall() {
    }

    static void run(DockerHttpClient http, String sessionId, BuildRequest r, Consumer<String> lines) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST)
                .path("/build?" + query(sessionId, r))
                .build();
        try (DockerHttpClient.Response response = http.execute(request);
             BufferedReader reader = new BufferedReader(new InputStreamReader(response.getBody(),
                     StandardCharsets.UTF_8))) {
            if (response.getStatusCode() / 100 != 2) {
                String text = reader.lines().reduce("", (a, b) -> a + b);
                throw new EngineException("The engine refused the build (HTTP " + response.getStatusCode() + "): "
                        + message(text));
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new EngineException("Build failed: " + e.getMessage(), e);
        }
    }

    static String query(String sessionId, BuildRequest r) {
        List<String> q = new ArrayList<>();
        q.add("version=2");
        q.add("session=" + enc(sessionId));
        q.add("remote=client-session");
        for (String tag : r.tags()) {
            q.add("t=" + enc(tag));
        }
        if (r.dockerfile() != null) {
            q.add("dockerfile=" + enc(r.dockerfile()));
        }
        if (r.target() != null) {
            q.add("target=" + enc(r.target()));
        }
        if (!r.args().isEmpty()) {
            q.add("buildargs=" + enc(json(r.args())));
        }
        if (!r.labels().isEmpty()) {
            q.add("labels=" + enc(json(r.labels())));
        }
        if (r.network() != null) {
            q.add("networkmode=" + enc(r.network()));
        }
        if (r.pull()) {
            q.add("pull=1");
        }
        if (r.noCache()) {
            q.add("nocache=1");
        }
        return String.join("&", q);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String message(String body) {
        try {
            return JSON.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
