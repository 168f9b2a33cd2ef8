package io.github.stackmaven.stack.plan;

import java.util.Locale;

/**
 * What {@code up} waits for before it calls a running service ready ({@code x-stack: {wait: ...}} in a service,
 * {@code stack.wait} for all). Whatever the mode, a service that exits non-zero before {@code up} returns fails it,
 * and a service that exits 0 has completed.
 */
public enum WaitMode {
    /** The healthcheck where the container has one (its own or its image's), else the published ports, else running. */
    AUTO,
    /** Healthy where the container has a healthcheck; else running for the settle time. */
    HEALTHCHECK,
    /** Every published TCP port answers: accepts and keeps a connection open (without one: running for the settle time). */
    PORT,
    /** Started: running or exited 0. */
    NONE;

    public static final String CHOICES = "healthcheck, port, none or auto";

    /** The mode a user wrote, or null when {@code text} is not one (the caller names where it was written). */
    public static WaitMode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
