package io.github.stackmaven.stack.compose;

/** One {@code depends_on} entry in long syntax; {@code implicit} for links, network_mode: service:x, etc. */
public record Dependency(DependencyCondition condition, boolean required, boolean restart) {
}
