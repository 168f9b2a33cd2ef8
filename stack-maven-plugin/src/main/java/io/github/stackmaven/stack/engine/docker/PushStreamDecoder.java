package io.github.stackmaven.stack.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackmaven.stack.engine.PushEvent;
import io.github.stackmaven.stack.engine.PushFailedException;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the NDJSON answer of {@code POST /images/{name}/push} into {@link PushEvent}s and ends with the pushed
 * manifest's digest or a {@link PushFailedException} ({@code errorDetail}, or no digest at all).
 * Not thread-safe: feed it from the thread that reads the answer.
 */
public final class PushStreamDecoder {
    /** {@code <tag>: digest: sha256:<hex> size: <n>}, the status line that accompanies the digest. */
    private static final Pattern DIGEST_STATUS = Pattern.compile("(\\S+): digest: (sha256:[0-9a-f]{64}) size: \\d+");

    private final String image;
    private final Consumer<PushEvent> events;
    private String digest;
    private String error;

    /** @param image what is pushed, {@code repository:tag}, for the failure */
    public PushStreamDecoder(String image, Consumer<PushEvent> events) {
        this.image = image;
        this.events = events;
    }

    /** One line of the answer; a line that is not JSON becomes a {@link PushEvent.Status} as it is. */
    public void line(String line) {
        JsonNode node = EngineJsonLine.parse(line, l -> events.accept(new PushEvent.Status(l)));
        if (node == null) {
            return;
        }
        String reported = EngineJsonLine.error(node);
        if (reported != null) {
            error = reported;
            return;
        }
        JsonNode aux = node.path("aux");
        if (aux.hasNonNull("Digest")) {
            digest = aux.get("Digest").asText();
            events.accept(new PushEvent.Digest(aux.path("Tag").asText(null), digest));
            return;
        }
        String status = node.path("status").asText("");
        String id = node.path("id").asText("");
        if (status.isEmpty()) {
            return;
        }
        if (!id.isEmpty()) {
            JsonNode detail = node.path("progressDetail");
            events.accept(new PushEvent.Layer(id, status, detail.path("current").asLong(0),
                    detail.path("total").asLong(0)));
            return;
        }
        events.accept(new PushEvent.Status(status));
        Matcher m = DIGEST_STATUS.matcher(status);
        if (digest == null && m.matches()) {
            // Podman's compatible API reports the digest only in this status line, without the aux message
            digest = m.group(2);
            events.accept(new PushEvent.Digest(m.group(1), digest));
        }
    }

    /** The pushed manifest digest; throws what the engine reported. */
    public String finish() {
        if (error != null) {
            throw new PushFailedException(image, error, 0);
        }
        if (digest == null) {
            throw new PushFailedException(image, "the engine ended the push without a digest", 0);
        }
        return digest;
    }
}
