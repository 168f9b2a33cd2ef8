package io.github.stackmaven.stack.engine.docker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.PushFailedException;
import io.github.stackmaven.stack.engine.RegistryAuth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * {@code POST /images/{name}/push} through docker-java's transport, handing the raw NDJSON lines to the caller
 * (docker-java's push callback keeps only its own model of them). The credentials travel in
 * {@code X-Registry-Auth} as base64url JSON, as the docker CLI sends them; they are never part of a message.
 */
final class RawPush {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawPush() {
    }

    static void run(DockerHttpClient http, String repository, String tag, RegistryAuth auth, Consumer<String> lines) {
        DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST)
                .path("/images/" + repository + "/push?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8));
        request.putHeader("X-Registry-Auth", header(auth));
        String name = repository + ":" + tag;
        try (DockerHttpClient.Response response = http.execute(request.build());
             BufferedReader reader = new BufferedReader(new InputStreamReader(response.getBody(),
                     StandardCharsets.UTF_8))) {
            if (response.getStatusCode() == 404) {
                throw new EngineException("Image " + name + " is not present on the engine");
            }
            if (response.getStatusCode() / 100 != 2) {
                String text = reader.lines().reduce("", (a, b) -> a + b);
                throw new PushFailedException(name, "The engine refused to push " + name + " (HTTP "
                        + response.getStatusCode() + "): " + message(text), response.getStatusCode());
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.accept(line);
                }
            }
        } catch (IOException e) {
            throw new EngineException("Push of " + name + " failed: " + DockerErrors.reason(e), e);
        }
    }

    /** base64url of the auth JSON; {@code {}} for anonymous, which the engine reads as no credentials. */
    static String header(RegistryAuth auth) {
        ObjectNode json = JSON.createObjectNode();
        if (auth != null) {
            if (!auth.identityToken().isEmpty()) {
                json.put("identitytoken", auth.identityToken());
            } else {
                json.put("username", auth.username());
                json.put("password", auth.password());
            }
            json.put("serveraddress", auth.serverAddress());
        }
        return Base64.getUrlEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String message(String body) {
        try {
            return JSON.readTree(body).path("message").asText(body);
        } catch (IOException e) {
            return body;
        }
    }
}
