package io.github.stackmaven.stack.plan;

/** What a dependent service waits for before it is created. */
public enum Condition {
    /** The dependency's container has started. */
    STARTED,
    /** The dependency's healthcheck passes. */
    HEALTHY,
    /** The dependency's container exited with status 0. */
    COMPLETED
}
