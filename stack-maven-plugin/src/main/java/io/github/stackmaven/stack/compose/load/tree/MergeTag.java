package io.github.stackmaven.stack.compose.load.tree;

/** The compose-specific YAML tags that change how a value merges with earlier files. */
public enum MergeTag {
    NONE,
    /** {@code !reset}: remove the key from what earlier files defined. */
    RESET,
    /** {@code !override}: replace what earlier files defined, skipping merge rules. */
    OVERRIDE
}
