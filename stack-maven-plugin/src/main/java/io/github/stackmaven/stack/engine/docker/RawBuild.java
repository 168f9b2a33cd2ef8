package io.github.stackmaven.stack.engine.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.EngineException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code POST /build} through docker-java's transport, since its build command cannot ask for BuildKit
 * ({@code version=2}) and cannot parse BuildKit's answer. The tar context is streamed from a writer thread.
 */
final class RawBuild {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawBuild() {
    }

    static void run(DockerHttpClient http, BuildRequest r, Consumer<String> lines) {
        PipedInputStream body = new PipedInputStream(1 << 16);
        AtomicReference<Throwable> writeFailure = new AtomicReference<>();
        Thread writer;
        try {
            PipedOutputStream out = new PipedOutputStream(body);
            writer = new Thread(() -> {
                try (out) {
                    r.tar().writeTo(out);
                } catch (IOException | RuntimeException e) {
                    writeFailure.set(e);
                }
            }, "stack-build-context");
            writer.setDaemon(true);
            writer.start();
        } catch (IOException e) {
            throw new EngineException("Cannot stream the build context: " + e.getMessage(), e);
        }
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST)
                .path("/build?" + query(r, null))
                .putHeader("Content-Type", "application/x-tar")
                .body(body)
                .build();
        try {
            answer(http, request, lines);
        } catch (IOException e) {
            Throwable cause = writeFailure.get() != null ? writeFailure.get() : e;
            throw new EngineException("Build failed: " + DockerErrors.reason(cause), cause);
        }
        if (writeFailure.get() != null) {
            throw new EngineException("Cannot read the build context: " + writeFailure.get().getMessage(),
                    writeFailure.get());
        }
    }

    /**
     * {@code POST /build} with the context from the BuildKit session {@code sessionId}, which the engine reads
     * through the session's file sync instead of a request body.
     */
    static void runInSession(DockerHttpClient http, String sessionId, BuildRequest r, Consumer<String> lines) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST)
                .path("/build?" + query(r, sessionId))
                .build();
        try {
            answer(http, request, lines);
        } catch (IOException e) {
            throw new EngineException("Build failed: " + DockerErrors.reason(e), e);
        }
    }

    /** Sends the request and hands each line of the NDJSON answer to {@code lines}; a refusal is thrown. */
    private static void answer(DockerHttpClient http, DockerHttpClient.Request request, Consumer<String> lines)
            throws IOException {
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
        }
    }

    /** The query of {@code POST /build}; with a session id, the context comes from that BuildKit session. */
    static String query(BuildRequest r, String sessionId) {
        List<String> q = new ArrayList<>();
        q.add("version=" + (r.buildkit() || sessionId != null ? "2" : "1"));
        if (sessionId != null) {
            q.add("session=" + enc(sessionId));
            q.add("remote=client-session");
        }
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
        if (sessionId == null) {
            q.add("rm=1");
            q.add("forcerm=1"); // the classic builder would otherwise leave the container of a failed step behind
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
