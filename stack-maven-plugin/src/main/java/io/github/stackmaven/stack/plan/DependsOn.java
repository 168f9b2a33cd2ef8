package io.github.stackmaven.stack.plan;

/** One edge of the service graph; a dependency that is not {@code required} may be missing or fail. */
public record DependsOn(String service, Condition condition, boolean required) {
}
