package io.github.stackmaven.stack.engine.docker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.function.Consumer;

/** One line of an engine's NDJSON answer ({@code POST /build}, {@code POST /images/{name}/push}). */
final class EngineJsonLine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EngineJsonLine() {
    }

    /** The line as JSON; null for a blank line, and for a line that is not JSON, which goes to {@code out} as it is. */
    static JsonNode parse(String line, Consumer<String> out) {
        if (line.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            out.accept(line);
            return null;
        }
    }

    /** The error the engine reported in this line ({@code errorDetail.message}, else {@code error}), or null. */
    static String error(JsonNode node) {
        if (!node.hasNonNull("errorDetail") && !node.hasNonNull("error")) {
            return null;
        }
        return node.path("errorDetail").path("message").asText(node.path("error").asText("unknown error"));
    }
}
