package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Removes the test stacks this JVM started when it is stopped before {@code down} runs (Ctrl-C, SIGTERM), also while
 * {@code up} is still creating them: it cancels that {@code up} first (no create starts any more), waits for the
 * creates already sent to the engine, then removes everything carrying the run's labels and lists again until
 * nothing is left, each step bounded. A {@code kill -9} cannot be caught; the next {@code up} sweeps those stacks
 * instead ({@link StackSweeper}).
 * <p>One instance per build (held by the build's {@code StackSession}, never a static: a Maven daemon runs many builds
 * in one JVM): {@link #close()} at the end of the build removes what is still registered and the hook.
 * <p>A shutdown hook must not fail on its own output ({@link SafeConsole}) nor on a class that was never loaded
 * (the plugin's class loader may be unusable while the JVM stops): {@link #register} runs the whole removal path
 * once against nothing, so every class it needs is loaded before the hook can run.
 */
public final class ShutdownCleanup {
    /** How long the hook waits for creates already sent to the engine. */
    static final Duration CREATES = Duration.ofSeconds(15);
    /** How long the hook removes and lists again until nothing is left. */
    static final Duration REMOVAL = Duration.ofSeconds(30);

    private final Map<String, Registration> pending = new ConcurrentHashMap<>();
    private Thread hook;

    /**
     * What the hook needs for one stack.
     *
     * @param cancellation the {@code up} that creates it
     * @param connect      opens an engine connection (the goal's own may be closed by then); only loaded classes
     */
    public record Registration(String project, String runId, UpCancellation cancellation,
                               Supplier<EngineClient> connect) {
        Map<String, String> labels() {
            return Map.of(StackLabels.PROJECT, project, StackLabels.RUN, runId);
        }
    }

    /**
     * Registers a stack before its {@code up} starts, after running the removal path once against nothing (which
     * loads its classes and proves the engine connection works).
     */
    public synchronized void register(Registration registration) {
        warmUp(registration);
        pending.put(registration.project(), registration);
        if (hook == null) {
            hook = new Thread(this::runAll, "stack-shutdown-cleanup");
            Runtime.getRuntime().addShutdownHook(hook);
        }
    }

    /** {@code down} ran (or {@code up} failed and removed what it created): nothing left to do for this stack. */
    public void unregister(String project) {
        pending.remove(project);
    }

    public boolean isRegistered(String project) {
        return pending.containsKey(project);
    }

    /**
     * The build ended: removes the stacks still registered (their {@code down} never ran), as the hook would when the
     * JVM stops, and takes the hook back.
     */
    public void close() {
        Thread installed;
        synchronized (this) {
            installed = hook;
            hook = null;
        }
        if (installed != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(installed);
            } catch (IllegalStateException e) {
                return; // the JVM is stopping: the hook runs
            }
        }
        runAll();
    }

    /**
     * Runs every engine call the hook can make once, against objects that do not exist: when the build ends with an
     * error, Maven closes the plugin's class loader while the hook may still run, and a class first needed then
     * cannot be loaded ({@code NoClassDefFoundError: .../RemoveNetworkCmdImpl}).
     */
    private static void warmUp(Registration r) {
        String nothing = "stack-warm-up-" + r.runId();
        UpCancellation cancelled = new UpCancellation();
        cancelled.cancel();
        SafeConsole.load();
        try {
            cancelled.beginCreate("warming up");
        } catch (UpCancellation.Cancelled expected) {
            // loads the class the cancelled up throws
        }
        Registration none = new Registration(nothing, r.runId(), cancelled, r.connect());
        try (EngineClient engine = r.connect().get()) {
            engine.listContainers(Map.of());  // real answers, so that their types are read once too
            engine.listNetworks(Map.of());
            engine.listVolumes(Map.of());
            engine.removeContainer(nothing, true);
            engine.removeNetwork(nothing);
            engine.removeVolume(nothing);
            new StackRemoval(engine).removeUntilGone(none.labels(), Duration.ZERO);
        } catch (RuntimeException e) {
            // the engine does not answer now; the hook says so if it does not answer then either
        }
        remove(none, Duration.ZERO, Duration.ZERO, true);
    }

    private void runAll() {
        pending.values().forEach(r -> remove(r, CREATES, REMOVAL, false));
        pending.clear();
    }

    /** The hook's work for one stack; never throws. */
    static void remove(Registration r, Duration creates, Duration removal, boolean quiet) {
        try {
            r.cancellation().cancel();
            if (!quiet) {
                SafeConsole.line("the build ended before stack:down: removing test stack " + r.project());
            }
            boolean settled = r.cancellation().awaitNoCreates(creates);
            boolean gone;
            try (EngineClient engine = r.connect().get()) {
                gone = new StackRemoval(engine).removeUntilGone(r.labels(), removal);
            }
            if (!quiet && !gone) {
                SafeConsole.line("test stack " + r.project() + " is not completely removed" + (settled ? ""
                        : " (creates did not finish)") + "; the next stack:up on this engine removes it, or: docker"
                        + " compose -p " + r.project() + " down -v");
            }
        } catch (RuntimeException | LinkageError e) {
            if (!quiet) {
                SafeConsole.line("could not remove test stack " + r.project() + " on shutdown (" + e.getMessage()
                        + "); the next stack:up on this engine removes it, or: docker compose -p " + r.project()
                        + " down -v");
            }
        }
    }
}
