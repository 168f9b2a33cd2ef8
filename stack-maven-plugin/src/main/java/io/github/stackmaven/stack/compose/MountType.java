package io.github.stackmaven.stack.compose;

import java.util.Locale;

/** The {@code type} of a service volume. */
public enum MountType {
    VOLUME, BIND, TMPFS, NPIPE, IMAGE, CLUSTER;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MountType of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
