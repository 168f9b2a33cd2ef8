package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One stack of a test run, kept in the root context's store so that every class asking for it shares it: either the
 * one the Maven build started (used, never removed), or one the extension started (removed when the run ends, by
 * JUnit closing the store), or the reason neither was possible (every class that asks fails with it, without
 * trying again).
 */
@SuppressWarnings("deprecation") // CloseableResource: what JUnit before 5.13 closes; 5.13+ closes AutoCloseable
final class StackResource implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final RunningStack stack;
    private final StackLauncher.Launched launched;
    private final StackStartException failure;
    private final AtomicBoolean testsFailed = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    private StackResource(RunningStack stack, StackLauncher.Launched launched, StackStartException failure) {
        this.stack = stack;
        this.launched = launched;
        this.failure = failure;
    }

    /**
     * The build's stack when its values are there (system properties, else the file {@code up} wrote, if that
     * stack still runs); else a new one.
     */
    static StackResource open(StackOptions options, java.util.Properties system, StackLauncher launcher,
                              ConsoleEvents events) {
        try {
            var fromSystem = ExportedValues.fromSystem(system, options.environment());
            if (fromSystem.isPresent()) {
                return reused(options, fromSystem.get(), events, "system properties");
            }
            var fromFile = ExportedValues.fromFile(options.stackDir(), options.environment());
            if (fromFile.isPresent() && launcher.isRunning(options, fromFile.get().get(ExportedValues.PROJECT))) {
                return reused(options, fromFile.get(), events,
                        ExportedValues.file(options.stackDir(), options.environment()).toString());
            }
            if (fromFile.isPresent()) {
                events.info("Stack " + fromFile.get().get(ExportedValues.PROJECT) + " recorded in "
                        + ExportedValues.file(options.stackDir(), options.environment()) + " no longer runs");
            }
            StackLauncher.Launched launched = launcher.up(options);
            return new StackResource(new ExportedStack(options.environment(), launched.values(), true), launched,
                    null);
        } catch (StackStartException e) {
            return new StackResource(null, null, e);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            return new StackResource(null, null, new StackStartException(e.getMessage(), e));
        }
    }

    private static StackResource reused(StackOptions options, java.util.Map<String, String> values,
                                        ConsoleEvents events, String from) {
        events.info("Using stack " + values.get(ExportedValues.PROJECT) + " (" + options.environment()
                + ") started by the build (" + from + "); the build removes it");
        return new StackResource(new ExportedStack(options.environment(), values, false), null, null);
    }

    /** The stack, or the reason it is not there. */
    RunningStack stack() {
        if (failure != null) {
            throw failure;
        }
        return stack;
    }

    void testFailed() {
        testsFailed.set(true);
    }

    /** Removes a stack the extension started, once, however many times JUnit asks. */
    @Override
    public void close() {
        if (launched != null && closed.compareAndSet(false, true)) {
            launched.down(testsFailed.get());
        }
    }
}
