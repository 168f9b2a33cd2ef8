package io.github.stackmaven.stack.compose;

/** A service's use of a secret or config ({@code services.*.secrets[]}); target is filled with the default. */
public record FileReference(String source, String target, String uid, String gid, Integer mode) {
}
