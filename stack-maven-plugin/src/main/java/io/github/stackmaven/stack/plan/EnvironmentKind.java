package io.github.stackmaven.stack.plan;

/**
 * What an environment's stack is for, which decides how carefully it is treated. Only the names {@code test}
 * and {@code ci} (exactly, case-sensitive) are {@link #DISPOSABLE}; every other name, {@code dev} and
 * {@code prod} included, as well as an unknown or missing one, is {@link #PERSISTENT}, so a name nobody
 * foresaw never loses data.
 */
public enum EnvironmentKind {

    /**
     * Exists for one build's integration tests: its project name gets a per-run suffix, its ports may be random,
     * {@code down} removes it whole without graceful stops (volumes included), and the sweep removes it once the
     * build that started it is gone.
     */
    DISPOSABLE,

    /**
     * A stack people keep (dev, prod): the plain project name, so it can be found again; {@code down} stops it
     * gracefully and keeps its named volumes unless asked; the sweep never touches it.
     */
    PERSISTENT;

    /** The kind of the environment called {@code name} (null for a resource without the environment label). */
    public static EnvironmentKind of(String name) {
        return "test".equals(name) || "ci".equals(name) ? DISPOSABLE : PERSISTENT;
    }

    public boolean isDisposable() {
        return this == DISPOSABLE;
    }
}
