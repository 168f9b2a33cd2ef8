package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.compose.Durations;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.event.EventSink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the configured targets of one Dockerfile, one after the other (later targets reuse the stages earlier
 * ones built), each tagged by the {@link TagPolicy}: {@code <image>:<version>} for the main target and
 * {@code <image>-<target>:<version>} for the others.
 */
public final class TargetBuilder {

    private final ImageBuilder builder;
    private final EventSink events;

    public TargetBuilder(ImageBuilder builder, EventSink events) {
        this.builder = builder;
        this.events = events;
    }

    /**
     * Builds every target of {@code image}; the first failure stops the build. Progress lines go to
     * {@code progress}.
     *
     * @param common  what every target shares (context, Dockerfile, args, labels, pull, no-cache); its target and
     *                tags are set per target
     * @param targets stages to build, in order; empty builds the last stage as the main image
     */
    public List<BuiltImage> build(BuildRequest common, String image, List<String> targets, TagPolicy tags,
                                  Consumer<String> progress) throws TargetBuildException {
        List<String> stages = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        List<BuiltImage> built = new ArrayList<>();
        try {
            for (String target : stages) {
                built.add(buildOne(common, image, target, tags, progress));
            }
        } finally {
            builder.closeSessions();
        }
        return built;
    }

    private BuiltImage buildOne(BuildRequest common, String image, String target, TagPolicy tags,
                                Consumer<String> progress) throws TargetBuildException {
        String ref = tags.buildRef(image, target).toString();
        events.info("Building " + (target == null ? "the last stage" : "target " + target) + " as " + ref);
        long start = System.nanoTime();
        BuildRequest request = common.toBuilder().target(target).tags(List.of(ref)).build();
        String id;
        try {
            id = builder.build(request, progress);
        } catch (ImageBuildException e) {
            throw new TargetBuildException(target == null ? "(last stage)" : target, ref, e);
        }
        events.info("Built " + ref + " (" + shortId(id) + ") in "
                + Durations.text(Duration.ofNanos(System.nanoTime() - start)));
        return new BuiltImage(target, id, List.of(ref));
    }

    private static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
