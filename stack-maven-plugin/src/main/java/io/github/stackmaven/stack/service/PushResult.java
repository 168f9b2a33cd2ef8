package io.github.stackmaven.stack.service;

import java.util.Map;
import java.util.Set;

/** What {@code push} did: each pushed name with its digest, and the registries skipped for lack of credentials. */
public record PushResult(Map<String, String> pushed, Set<String> skippedRegistries) {

    public PushResult {
        pushed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pushed));
        skippedRegistries = Set.copyOf(skippedRegistries);
    }
}
