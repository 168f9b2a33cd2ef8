package io.github.stackmaven.stack.compose;

import java.util.List;
import java.util.Map;

/**
 * {@code build:} in long syntax. {@code context} is absolute unless it is a URL or Git reference;
 * {@code dockerfile} is relative to the context (default {@code Dockerfile} unless {@code dockerfileInline}).
 * Args whose value is null were declared without value and not found in the project environment.
 */
public record BuildSpec(String context, String dockerfile, String dockerfileInline, String target,
        Map<String, String> args, Map<String, String> additionalContexts, Map<String, String> labels,
        List<String> cacheFrom, List<String> cacheTo, String network, Long shmSize, List<String> extraHosts,
        List<String> tags, List<String> platforms, String pull, Boolean noCache, Boolean privileged,
        Map<String, Object> other) {

    public BuildSpec {
        args = Immutable.map(args);
        additionalContexts = Immutable.map(additionalContexts);
        labels = Immutable.map(labels);
        cacheFrom = Immutable.list(cacheFrom);
        cacheTo = Immutable.list(cacheTo);
        extraHosts = Immutable.list(extraHosts);
        tags = Immutable.list(tags);
        platforms = Immutable.list(platforms);
        other = Immutable.map(other);
    }
}
