package io.github.stackmaven.stack.compose;

import java.util.Map;

/**
 * A top-level secret or config: exactly one of {@code file} (absolute), {@code environment} (a variable name),
 * {@code content} (configs only) or {@code external}.
 */
public record FileObjectSpec(String key, String name, String file, String environment, String content,
        boolean external, Map<String, String> labels) {

    public FileObjectSpec {
        labels = Immutable.map(labels);
    }
}
