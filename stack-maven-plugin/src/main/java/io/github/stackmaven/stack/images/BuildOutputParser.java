package io.github.stackmaven.stack.images;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the NDJSON answer of {@code POST /build}: BuildKit ({@code aux} {@code moby.buildkit.trace} and
 * {@code moby.image.id}) as well as the classic builder ({@code stream}, {@code status}, {@code aux.ID}),
 * prints readable lines and ends with the image id or an {@link ImageBuildException}.
 * Feed it with {@link #line(String)} then call {@link #finish()}, or use {@link #parse(InputStream)}.
 */
public final class BuildOutputParser {


    private final Consumer<String> out;
    private final BuildProgress buildkit;
    private final ClassicBuildLog classic;
    private String imageId;
    private String error;

    public BuildOutputParser(Consumer<String> out) {
        this(out, BuildProgress.DEFAULT_TAIL_LINES);
    }

    public BuildOutputParser(Consumer<String> out, int tailLines) {
        this.out = out;
        this.buildkit = new BuildProgress(out, tailLines);
        this.classic = new ClassicBuildLog(out, tailLines);
    }

    /** Reads the whole stream and returns the image id. */
    public String parse(InputStream body) throws IOException, ImageBuildException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String l;
        while ((l = reader.readLine()) != null) {
            line(l);
        }
        return finish();
    }

    /** One line of the response. Lines that are not JSON are printed as they are. */
    public void line(String line) {
        JsonNode node = EngineJsonLine.parse(line, out);
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
                out.accept(e.getMessage());
            }
        } else if (aux.isObject() && aux.hasNonNull("ID")) {
            imageId = aux.get("ID").asText();
        } else if (node.has("stream")) {
            classic.stream(node.get("stream").asText());
        } else if (node.has("status")) {
            classic.status(id, node.get("status").asText(), node.path("progressDetail").has("current"));
        }
    }

    /** Ends the build: the image id, or the failure with its step and last output. */
    public String finish() throws ImageBuildException {
        buildkit.finish();
        classic.finish();
        Optional<FailedStep> failed = buildkit.failure();
        if (failed.isPresent()) {
            FailedStep f = failed.get();
            throw new ImageBuildException("#" + f.number() + " " + f.name(), error != null ? error : f.error(),
                    f.lastLogLines());
        }
        if (error != null) {
            throw new ImageBuildException(classic.currentStep(), error, classic.tail());
        }
        if (imageId == null) {
            imageId = classic.builtId();
        }
        if (imageId == null) {
            throw new ImageBuildException(null, "the engine ended the build without an image id", classic.tail());
        }
        return imageId;
    }
}
