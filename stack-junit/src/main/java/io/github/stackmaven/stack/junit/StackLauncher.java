package io.github.stackmaven.stack.junit;

import java.util.Map;

/**
 * The one seam between the extension and the service layer that runs stacks ({@link ServiceLauncher}): whether a
 * recorded stack still runs, and starting and removing one; tests put a recording launcher in its place.
 */
interface StackLauncher {

    /** True when containers of {@code project}'s {@code environment} stack, made by the plugin, are running. */
    boolean isRunning(StackOptions options, String project);

    /** Starts the stack {@code options} describe and waits until it is ready; throws {@link StackStartException}. */
    Launched up(StackOptions options);

    /** A stack this extension started. */
    interface Launched {

        /** What {@code stack:up} would export for it. */
        Map<String, String> values();

        /**
         * Removes it, with its volumes (a disposable stack keeps no data); when a test failed, first prints the
         * last log lines of every service, as {@code stack:down} does after failed integration tests.
         */
        void down(boolean testsFailed);
    }
}
