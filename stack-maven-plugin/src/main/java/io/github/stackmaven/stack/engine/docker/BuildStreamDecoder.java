package io.github.stackmaven.stack.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackmaven.stack.engine.BuildEvent;
import io.github.stackmaven.stack.engine.BuildFailedException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decodes a build's answer into {@link BuildEvent}s: the NDJSON of {@code POST /build}, BuildKit's
 * ({@code aux} {@code moby.buildkit.trace} and {@code moby.image.id}) as well as the classic builder's and Buildah's
 * ({@code stream}, {@code status}, {@code aux.ID}); a build that talks to BuildKit another way hands its
 * {@code StatusResponse}s to {@link #trace(byte[])}. Ends with the image id or a {@link BuildFailedException}.
 * Feed it with {@link #line(String)} then call {@link #finish()}, or use {@link #decode(InputStream)}.
 * Not thread-safe: feed it from the thread that reads the answer.
 */
public final class BuildStreamDecoder {

    private final String target;
    private final Consumer<BuildEvent> events;
    private final Consumer<String> plain;
    private final BuildkitSteps buildkit;
    private final ClassicBuildLog classic;
    private String imageId;
    private String error;

    /** @param target the stage being built (null for the last one), for the failure */
    public BuildStreamDecoder(String target, Consumer<BuildEvent> events) {
        this(target, events, BuildkitSteps.DEFAULT_TAIL_LINES);
    }

    /** @param tailLines how many output lines of the failing step the failure carries */
    public BuildStreamDecoder(String target, Consumer<BuildEvent> events, int tailLines) {
        this.target = target;
        this.events = events;
        this.plain = line -> events.accept(new BuildEvent.Output(line));
        this.buildkit = new BuildkitSteps(events, tailLines);
        this.classic = new ClassicBuildLog(plain, tailLines);
    }

    /** Reads the whole NDJSON stream and returns the image id. */
    public String decode(InputStream body) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String l;
        while ((l = reader.readLine()) != null) {
            line(l);
        }
        return finish();
    }

    /** One line of the NDJSON answer. Lines that are not JSON become {@link BuildEvent.Output} as they are. */
    public void line(String line) {
        JsonNode node = EngineJsonLine.parse(line, plain);
        if (node == null) {
            return;
        }
        String id = node.path("id").asText("");
        JsonNode aux = node.path("aux");
        String reported = EngineJsonLine.error(node);
        if (reported != null) {
            error = reported;
        } else if (id.equals("moby.buildkit.trace") && aux.isTextual()) {
            try {
                buildkit.accept(BuildkitTrace.decode(aux.asText()));
            } catch (BuildkitTraceException e) {
                plain.accept(e.getMessage());
            }
        } else if (aux.isObject() && aux.hasNonNull("ID")) {
            imageId = aux.get("ID").asText();
        } else if (node.has("stream")) {
            classic.stream(node.get("stream").asText());
        } else if (node.has("status")) {
            classic.status(id, node.get("status").asText(), node.path("progressDetail").has("current"));
        }
    }

    /** One BuildKit {@code moby.buildkit.v1.StatusResponse}, as protobuf bytes. */
    public void trace(byte[] statusResponse) {
        try {
            buildkit.accept(BuildkitTrace.decode(statusResponse));
        } catch (BuildkitTraceException e) {
            plain.accept(e.getMessage());
        }
    }

    /** The image id, when a build that does not end with {@code moby.image.id} learnt it another way. */
    public void imageId(String id) {
        imageId = id;
    }

    /** An error the build reported other than in the stream. */
    public void error(String message) {
        error = message;
    }

    /** Ends the build: the image id, or the failure with its step and last output. */
    public String finish() {
        buildkit.finish();
        classic.finish();
        Optional<BuildkitSteps.FailedStep> failed = buildkit.failure();
        if (failed.isPresent()) {
            BuildkitSteps.FailedStep f = failed.get();
            throw new BuildFailedException(target, "#" + f.number() + " " + f.name(),
                    error != null ? error : f.error(), f.lastLogLines());
        }
        if (error != null) {
            throw new BuildFailedException(target, classic.currentStep(), error, classic.tail());
        }
        if (imageId == null) {
            imageId = classic.builtId();
        }
        if (imageId == null) {
            throw new BuildFailedException(target, null, "the engine ended the build without an image id",
                    classic.tail());
        }
        return imageId;
    }
}
