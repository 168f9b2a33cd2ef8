package io.github.stackmaven.stack.stack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Removes the test stacks this JVM started when it is stopped before {@code down} runs (Ctrl-C, SIGTERM). A
 * {@code kill -9} cannot be caught; the next {@code up} sweeps those stacks instead ({@link StackSweeper}).
 */
public final class ShutdownCleanup {
    private static final Map<String, Consumer<String>> PENDING = new ConcurrentHashMap<>();
    private static volatile boolean installed;

    private ShutdownCleanup() {
    }

    /** Registers a stack; {@code remover} must use only classes already loaded (class loading may fail in a hook). */
    public static synchronized void register(String project, Consumer<String> remover) {
        PENDING.put(project, remover);
        if (!installed) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownCleanup::runAll, "stack-shutdown-cleanup"));
            installed = true;
        }
    }

    /** {@code down} ran: nothing left to do for this stack. */
    public static void unregister(String project) {
        PENDING.remove(project);
    }

    public static boolean isRegistered(String project) {
        return PENDING.containsKey(project);
    }

    private static void runAll() {
        PENDING.forEach((project, remover) -> {
            try {
                remover.accept(project);
            } catch (RuntimeException | LinkageError e) {
                System.err.println("[stack] could not remove test stack " + project + " on shutdown: " + e
                        + "; the next stack:up on this engine removes it");
            }
        });
    }
}
