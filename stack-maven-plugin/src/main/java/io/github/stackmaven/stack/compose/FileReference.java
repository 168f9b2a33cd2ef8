package io.github.stackmaven.stack.compose;

/**
 * A service's use of a secret or config ({@code services.*.secrets[]}; target is filled with the default), or a
 * build's use of a secret ({@code build.secrets[]}; target stays null unless given).
 */
public record FileReference(String source, String target, String uid, String gid, Integer mode) {
}
