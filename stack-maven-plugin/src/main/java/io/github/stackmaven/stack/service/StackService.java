package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.orchestration.StackCatalog;
import io.github.stackmaven.stack.plan.EnvironmentKind;
import io.github.stackmaven.stack.event.EventSink;

/**
 * The stack goals, for any client: the Maven goals, a JUnit extension. One call per goal takes the raw
 * {@link StackSettings}, reports progress to the {@link EventSink}, returns a typed result and throws a
 * {@link StackServiceException} subtype that carries what went wrong (never an engine's or a future's wrapper).
 * Everything that must outlive a call (the engine connection, the stacks started, their log streams and cleanup)
 * lives in the {@link StackSession} of the build. A client outside Maven:
 * <pre>{@code
 * try (StackSession session = new StackSession()) {
 *     StackService stacks = new StackService(session, EventSink.NONE);
 *     UpResult up = stacks.up(() -> Path.of("."));    // the test stack of ./compose.yaml and its overrides
 *     connect(up.host("db"), up.port("db"));
 *     stacks.down(() -> Path.of("."));
 * }   // closing the session removes a test stack whose down never ran
 * }</pre>
 */
public final class StackService {
    private final StackSession session;
    private final EventSink events;

    public StackService(StackSession session, EventSink events) {
        this.session = session;
        this.events = events;
    }

    /**
     * Starts the environment's stack and waits until every service is ready; exports hosts and ports to the result
     * and to {@code <stateDirectory>/<environment>.properties}. A test or ci stack gets a project name of its own
     * and is removed by {@link #down}, or when the session closes or the JVM stops.
     */
    public UpResult up(StackSettings settings) throws StackServiceException {
        session.connectAhead(settings.dockerHost());
        return Engines.guard(() -> new UpCommand(session, events).run(settings));
    }

    /**
     * Removes the environment's stack (only what this plugin created for that environment); prints the last log
     * lines of each service first when {@link StackSettings#testsFailed()}.
     */
    public DownResult down(StackSettings settings) throws StackServiceException {
        session.connectAhead(settings.dockerHost());
        return Engines.guard(() -> new DownCommand(session, events).run(settings));
    }

    /**
     * Lists the plugin's stacks on the engine; returns how many. The settings give the engine, the directory and
     * an optional project name.
     */
    public int ps(StackSettings settings, PsOptions options) throws StackServiceException {
        session.connectAhead(settings.dockerHost());
        return Engines.guard(() -> new PsCommand(session, events).run(settings, options));
    }

    /**
     * Whether the stack {@code project} of the settings' environment runs: a container of it with that
     * environment's label is running (a recorded stack whose containers exited, or another environment's stack of
     * the same name, does not count).
     */
    public boolean isRunning(StackSettings settings, String project) throws StackServiceException {
        return Engines.guard(() -> new StackCatalog(session.engine(settings.dockerHost(), events)).list(project)
                .stream().anyMatch(st -> project.equals(st.project())
                        && java.util.Objects.equals(settings.environment(), st.environment()) && st.running() > 0));
    }

    /** Prints the output of the environment's running stack to the events, line by line, prefixed by service. */
    public void logs(StackSettings settings, LogsOptions options) throws StackServiceException {
        session.connectAhead(settings.dockerHost());
        Engines.guard(() -> {
            new LogsCommand(session, events).run(settings, options);
            return null;
        });
    }

    /**
     * The environment's effective compose model; needs no engine.
     *
     * @return the document, or null when it was written to {@link ConfigOptions#output()}
     */
    public String config(StackSettings settings, ConfigOptions options) throws StackServiceException {
        return Engines.guard(() -> new ConfigCommand(events).run(settings, options));
    }

    /** Whether stacks of {@code environment} are disposable (test, ci): own project names, removed with the build. */
    public static boolean isDisposable(String environment) {
        return EnvironmentKind.of(environment).isDisposable();
    }
}
