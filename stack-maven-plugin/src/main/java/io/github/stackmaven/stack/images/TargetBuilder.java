package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.event.EventSink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the configured targets of one Dockerfile, one after the other (later targets reuse the stages earlier
 * ones built), each tagged by the {@link TagPolicy}: {@code <image>:<version>} for the main target and
 * {@code <image>-<target>:<version>} for the others.
 */
public final class TargetBuilder {

    /**
     * What to build.
     *
     * @param dockerfile       context-relative path of the Dockerfile, or null when {@code dockerfileInline} is given
     * @param dockerfileInline Dockerfile content for one outside the context
     * @param targets          stages to build, in order; empty builds the last stage as the main image
     */
    public record Request(Path context, String dockerfile, String dockerfileInline, String image,
                          List<String> targets, TagPolicy tags, Map<String, String> args, Map<String, String> labels,
                          boolean pull, boolean noCache) {
        public Request {
            targets = List.copyOf(targets);
            args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
            labels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(labels));
        }
    }

    private final ImageBuilder builder;
    private final EventSink events;

    public TargetBuilder(ImageBuilder builder, EventSink events) {
        this.builder = builder;
        this.events = events;
    }

    /** Builds every target; the first failure stops the build. Progress lines go to {@code progress}. */
    public List<BuiltImage> build(Request r, Consumer<String> progress) throws TargetBuildException {
        List<String> targets = r.targets().isEmpty() ? java.util.Collections.singletonList(null) : r.targets();
        List<BuiltImage> built = new ArrayList<>();
        try {
            buildEach(r, targets, built, progress);
        } finally {
            builder.closeSessions();
        }
        return built;
    }

    private void buildEach(Request r, List<String> targets, List<BuiltImage> built, Consumer<String> progress)
            throws TargetBuildException {
        for (String target : targets) {
            String ref = r.tags().buildRef(r.image(), target).toString();
            events.info("Building " + (target == null ? "the last stage" : "target " + target) + " as " + ref);
            long start = System.nanoTime();
            ImageBuildRequest request = new ImageBuildRequest(r.context(), r.dockerfile(), r.dockerfileInline(),
                    target, r.args(), r.labels(), List.of(ref), null, r.pull(), r.noCache());
            String id;
            try {
                id = builder.build(request, progress);
            } catch (ImageBuildException e) {
                throw new TargetBuildException(target == null ? "(last stage)" : target, ref, e);
            }
            events.info("Built " + ref + " (" + shortId(id) + ") in "
                    + seconds(Duration.ofNanos(System.nanoTime() - start)));
            built.add(new BuiltImage(target, id, List.of(ref)));
        }
    }

    private static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
}
