package io.github.stackmaven.stack.compose.load.tree;

/** How YAML (core schema) typed a scalar. */
public enum ScalarKind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
}
