package io.github.stackmaven.stack.compose;

import java.util.Locale;

/** What a {@code depends_on} entry waits for. */
public enum DependencyCondition {
    SERVICE_STARTED, SERVICE_HEALTHY, SERVICE_COMPLETED_SUCCESSFULLY;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DependencyCondition of(String value) {
        for (DependencyCondition c : values()) {
            if (c.value().equals(value)) {
                return c;
            }
        }
        return null;
    }
}
