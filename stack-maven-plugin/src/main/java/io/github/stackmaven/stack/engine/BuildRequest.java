package io.github.stackmaven.stack.engine;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One image to build, from a compose {@code build:} section or the {@code build} goal, and what the engine is sent
 * for it ({@code POST /build}). The image layer reads {@link #context()} and the Dockerfile fields to write the
 * context as a tar ({@link #tar()}, honouring {@code .dockerignore}); the engine streams that tar. Built with
 * {@link #builder()}; change one field with {@link #toBuilder()}.
 *
 * @param context          the context directory
 * @param dockerfile       path of the Dockerfile relative to the context; null for {@code Dockerfile}
 * @param dockerfileInline Dockerfile content given inline (or one outside the context); wins over {@code dockerfile}
 * @param target           the stage to build; null for the last one
 * @param tags             every tag the image gets; the first names it in messages
 * @param buildkit         {@code version=2} (BuildKit) rather than the classic builder
 * @param tar              writes the context as an uncompressed tar; set by the image layer before the engine call
 */
public record BuildRequest(Path context, String dockerfile, String dockerfileInline, String target,
                           Map<String, String> args, Map<String, String> labels, List<String> tags, String network,
                           boolean pull, boolean noCache, boolean buildkit, ContextWriter tar) {

    public BuildRequest {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        tags = List.copyOf(tags);
    }

    /** Writes the build context as a tar. */
    @FunctionalInterface
    public interface ContextWriter {
        void writeTo(java.io.OutputStream out) throws java.io.IOException;
    }

    /** The image's name in messages: its first tag, else the context. */
    public String name() {
        return !tags.isEmpty() ? tags.get(0) : String.valueOf(context);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().context(context).dockerfile(dockerfile).dockerfileInline(dockerfileInline).target(target)
                .args(args).labels(labels).tags(tags).network(network).pull(pull).noCache(noCache).buildkit(buildkit)
                .tar(tar);
    }

    /** Builds a {@link BuildRequest}; maps and lists default to empty, BuildKit to on. */
    public static final class Builder {
        private Path context;
        private String dockerfile;
        private String dockerfileInline;
        private String target;
        private Map<String, String> args = Map.of();
        private Map<String, String> labels = Map.of();
        private List<String> tags = List.of();
        private String network;
        private boolean pull;
        private boolean noCache;
        private boolean buildkit = true;
        private ContextWriter tar;

        private Builder() {
        }

        public Builder context(Path context) {
            this.context = context;
            return this;
        }

        public Builder dockerfile(String dockerfile) {
            this.dockerfile = dockerfile;
            return this;
        }

        public Builder dockerfileInline(String dockerfileInline) {
            this.dockerfileInline = dockerfileInline;
            return this;
        }

        public Builder target(String target) {
            this.target = target;
            return this;
        }

        public Builder args(Map<String, String> args) {
            this.args = args;
            return this;
        }

        public Builder labels(Map<String, String> labels) {
            this.labels = labels;
            return this;
        }

        public Builder tags(List<String> tags) {
            this.tags = tags;
            return this;
        }

        public Builder network(String network) {
            this.network = network;
            return this;
        }

        public Builder pull(boolean pull) {
            this.pull = pull;
            return this;
        }

        public Builder noCache(boolean noCache) {
            this.noCache = noCache;
            return this;
        }

        public Builder buildkit(boolean buildkit) {
            this.buildkit = buildkit;
            return this;
        }

        public Builder tar(ContextWriter tar) {
            this.tar = tar;
            return this;
        }

        public BuildRequest build() {
            return new BuildRequest(context, dockerfile, dockerfileInline, target, args, labels, tags, network, pull,
                    noCache, buildkit, tar);
        }
    }
}
