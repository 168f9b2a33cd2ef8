package io.github.stackmaven.stack.compose.load;

/** How a value from a later file combines with the earlier one at the same path. */
enum MergeRule {
    /** Mappings merged key by key, sequences appended, scalars replaced, null keeps the earlier value. */
    DEEP,
    /** The later value replaces the earlier one as a whole. */
    REPLACE,
    /** Key/value mappings (environment, labels): later keys win, including a null ("unset") value. */
    KEY_VALUE,
    /** Sequences appended; exact duplicates dropped (extra_hosts). */
    APPEND_DISTINCT,
    /** logging: merged when both name the same driver or one names none, otherwise replaced. */
    LOGGING,
    /** ipam.config: entries matched by subnet and merged, others appended. */
    BY_SUBNET
}
