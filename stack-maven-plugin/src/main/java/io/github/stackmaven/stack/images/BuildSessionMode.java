package io.github.stackmaven.stack.images;

import java.util.Locale;

/**
 * Whether builds go through a BuildKit client session ({@code stack.buildSession}): {@code auto} opens one where the
 * engine has BuildKit and falls back to a tar upload when the engine refuses; {@code never} always uploads a tar.
 */
public enum BuildSessionMode {
    AUTO, NEVER;

    /** {@code auto} or {@code never}, any case. */
    public static BuildSessionMode parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto" -> AUTO;
            case "never" -> NEVER;
            default -> throw new IllegalArgumentException("stack.buildSession is '" + text
                    + "': use auto (a BuildKit session: only changed files are sent, build secrets) or never"
                    + " (the whole context as a tar)");
        };
    }
}
