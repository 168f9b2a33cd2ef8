package io.github.stackmaven.stack.images;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the NDJSON answer of {@code POST /images/{name}/push} without flooding the log: one line per layer when
 * its state changes ({@code Preparing}, {@code Waiting}, {@code Pushing}, {@code Pushed},
 * {@code Layer already exists}), then the final digest line; an {@code errorDetail} becomes an
 * {@link ImagePushException}. The bytes of layers that take a while go to a {@link LayerProgress}
 * ({@code pushing 3f2a1b2c3d4e: 12.3 MiB / 48.0 MiB} every few seconds).
 */
public final class PushProgress {
    /** {@code <tag>: digest: sha256:<hex> size: <n>}, the status line that accompanies the digest. */
    private static final java.util.regex.Pattern DIGEST_STATUS =
            java.util.regex.Pattern.compile("(\\S+): digest: (sha256:[0-9a-f]{64}) size: \\d+");

    private final String image;
    private final Consumer<String> out;
    private final LayerProgress bytes;
    private final Map<String, String> layerState = new HashMap<>();
    private String digest;
    private String tag;
    private String error;

    public PushProgress(String image, Consumer<String> out) {
        this(image, out, null);
    }

    /** @param bytes where the byte counts of {@code Pushing} messages go; null to drop them */
    public PushProgress(String image, Consumer<String> out, LayerProgress bytes) {
        this.image = image;
        this.out = out;
        this.bytes = bytes;
    }

    public void line(String line) {
        JsonNode node = EngineJsonLine.parse(line, out);
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
            tag = aux.path("Tag").asText(null);
            return;
        }
        String status = node.path("status").asText("");
        String id = node.path("id").asText("");
        if (status.isEmpty()) {
            return;
        }
        if (bytes != null && !id.isEmpty() && status.equals("Pushing")) {
            JsonNode detail = node.path("progressDetail");
            bytes.update(id, status, detail.path("current").asLong(0), detail.path("total").asLong(0));
        }
        if (id.isEmpty()) {
            out.accept(status); // "The push refers to repository [...]", "<tag>: digest: sha256:... size: N"
            java.util.regex.Matcher m = DIGEST_STATUS.matcher(status);
            if (digest == null && m.matches()) {
                // Podman's compatible API reports the digest only in this status line, without the aux message
                tag = m.group(1);
                digest = m.group(2);
            }
        } else if (!status.equals(layerState.put(id, status))) {
            out.accept(id + ": " + status);
        }
    }

    /** The pushed manifest digest; throws what the engine reported. */
    public String finish() throws ImagePushException {
        if (error != null) {
            throw new ImagePushException(image, error);
        }
        if (digest == null) {
            throw new ImagePushException(image, "the engine ended the push without a digest");
        }
        return digest;
    }

    /** The tag the engine reported with the digest, or null. */
    public String tag() {
        return tag;
    }

    /** Number of distinct layers seen. */
    public int layerCount() {
        return layerState.size();
    }
}
