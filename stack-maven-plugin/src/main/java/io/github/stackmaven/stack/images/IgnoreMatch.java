package io.github.stackmaven.stack.images;

/**
 * The result of matching one path against a {@link DockerIgnore}; keep a directory's result and pass it to the
 * match of its children (what moby calls {@code MatchInfo}).
 */
public final class IgnoreMatch {

    private final boolean excluded;
    private final boolean[] perPattern;

    IgnoreMatch(boolean excluded, boolean[] perPattern) {
        this.excluded = excluded;
        this.perPattern = perPattern;
    }

    public boolean excluded() {
        return excluded;
    }

    boolean[] perPattern() {
        return perPattern;
    }
}
