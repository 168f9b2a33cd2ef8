package io.github.stackmaven.stack.compose;

import java.util.List;
import java.util.Map;

/**
 * {@code build:} in long syntax. {@code context} is absolute unless it is a URL or Git reference;
 * {@code dockerfile} is relative to the context (default {@code Dockerfile} unless {@code dockerfileInline}).
 * Args whose value is null were declared without value and not found in the project environment. {@code secrets}
 * are the top-level secrets the build mounts ({@code build.secrets}, long syntax; no default target: the mount's
 * id is the {@code target}, else the {@code source}).
 */
public record BuildSpec(String context, String dockerfile, String dockerfileInline, String target,
        Map<String, String> args, Map<String, String> additionalContexts, Map<String, String> labels,
        List<String> cacheFrom, List<String> cacheTo, String network, Long shmSize, List<String> extraHosts,
        List<String> tags, List<String> platforms, String pull, Boolean noCache, Boolean privileged,
        List<FileReference> secrets, Map<String, Object> other) {

    public BuildSpec {
        args = Immutable.map(args);
        additionalContexts = Immutable.map(additionalContexts);
        labels = Immutable.map(labels);
        cacheFrom = Immutable.list(cacheFrom);
        cacheTo = Immutable.list(cacheTo);
        extraHosts = Immutable.list(extraHosts);
        tags = Immutable.list(tags);
        platforms = Immutable.list(platforms);
        secrets = Immutable.list(secrets);
        other = Immutable.map(other);
    }

    /** A builder for a build of {@code context}; every other component starts null (empty lists and maps). */
    public static Builder builder(String context) {
        return new Builder().context(context);
    }

    /** A builder holding this build's components, to change some of them (the record stays as it is). */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Collects a build's components by name; {@link #build()} makes the immutable record. */
    // One-line setters keep the components readable as a list.
    public static final class Builder {
        private String context;
        private String dockerfile;
        private String dockerfileInline;
        private String target;
        private Map<String, String> args;
        private Map<String, String> additionalContexts;
        private Map<String, String> labels;
        private List<String> cacheFrom;
        private List<String> cacheTo;
        private String network;
        private Long shmSize;
        private List<String> extraHosts;
        private List<String> tags;
        private List<String> platforms;
        private String pull;
        private Boolean noCache;
        private Boolean privileged;
        private List<FileReference> secrets;
        private Map<String, Object> other;

        private Builder() {
        }

        private Builder(BuildSpec s) {
            context = s.context;
            dockerfile = s.dockerfile;
            dockerfileInline = s.dockerfileInline;
            target = s.target;
            args = s.args;
            additionalContexts = s.additionalContexts;
            labels = s.labels;
            cacheFrom = s.cacheFrom;
            cacheTo = s.cacheTo;
            network = s.network;
            shmSize = s.shmSize;
            extraHosts = s.extraHosts;
            tags = s.tags;
            platforms = s.platforms;
            pull = s.pull;
            noCache = s.noCache;
            privileged = s.privileged;
            secrets = s.secrets;
            other = s.other;
        }

        public Builder context(String value) { context = value; return this; }
        public Builder dockerfile(String value) { dockerfile = value; return this; }
        public Builder dockerfileInline(String value) { dockerfileInline = value; return this; }
        public Builder target(String value) { target = value; return this; }
        public Builder args(Map<String, String> value) { args = value; return this; }
        public Builder additionalContexts(Map<String, String> value) { additionalContexts = value; return this; }
        public Builder labels(Map<String, String> value) { labels = value; return this; }
        public Builder cacheFrom(List<String> value) { cacheFrom = value; return this; }
        public Builder cacheTo(List<String> value) { cacheTo = value; return this; }
        public Builder network(String value) { network = value; return this; }
        public Builder shmSize(Long value) { shmSize = value; return this; }
        public Builder extraHosts(List<String> value) { extraHosts = value; return this; }
        public Builder tags(List<String> value) { tags = value; return this; }
        public Builder platforms(List<String> value) { platforms = value; return this; }
        public Builder pull(String value) { pull = value; return this; }
        public Builder noCache(Boolean value) { noCache = value; return this; }
        public Builder privileged(Boolean value) { privileged = value; return this; }
        public Builder secrets(List<FileReference> value) { secrets = value; return this; }
        public Builder other(Map<String, Object> value) { other = value; return this; }

        public BuildSpec build() {
            return new BuildSpec(context, dockerfile, dockerfileInline, target, args, additionalContexts, labels,
                    cacheFrom, cacheTo, network, shmSize, extraHosts, tags, platforms, pull, noCache, privileged,
                    secrets, other);
        }
    }
}
