package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.discovery.DiscoveryContext;
import io.github.stackmaven.stack.engine.discovery.EngineLocator;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import io.github.stackmaven.stack.stack.DurationText;
import io.github.stackmaven.stack.stack.Exports;
import io.github.stackmaven.stack.stack.LogStreams;
import io.github.stackmaven.stack.stack.Owner;
import io.github.stackmaven.stack.stack.RunIds;
import io.github.stackmaven.stack.stack.RunOptions;
import io.github.stackmaven.stack.stack.ShutdownCleanup;
import io.github.stackmaven.stack.stack.StackException;
import io.github.stackmaven.stack.stack.StackSweeper;
import io.github.stackmaven.stack.stack.StackUp;
import io.github.stackmaven.stack.stack.UpCancellation;
import io.github.stackmaven.stack.stack.UpResult;
import io.github.stackmaven.stack.stack.plan.PlanOptions;
import io.github.stackmaven.stack.stack.plan.StackPlan;
import io.github.stackmaven.stack.stack.plan.StackPlanner;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts the environment's stack: builds missing {@code build:} images, creates networks, volumes and containers,
 * starts services in dependency order (independent ones in parallel), waits until each is running, healthy or
 * completed, and exports hosts and ports as {@code stack.<service>.host} / {@code stack.<service>.port} for the
 * integration tests. A test stack gets a project name of its own per run and is removed by {@code down}, by Ctrl-C,
 * or, after a {@code kill -9}, by the next {@code up}.
 */
@Mojo(name = "up", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class UpMojo extends AbstractLifecycleMojo {

    /** How long services may take to become ready, e.g. {@code 2m}, {@code 90s}. */
    @Parameter(property = "stack.timeout", defaultValue = "2m")
    private String timeout;

    /**
     * Host address for published ports that name none. Test and ci stacks on a local engine default to
     * {@code 127.0.0.1}, so that a test database is never reachable from the network.
     */
    @Parameter(property = "stack.publishAddress")
    private String publishAddress;

    /**
     * Leaves a test stack running when the build ends (no removal on exit), for debugging; {@code stack:down}
     * with the same property prints how to remove it.
     */
    @Parameter(property = "stack.keepRunning", defaultValue = "false")
    private boolean keepRunning;

    /** Skips this goal (and should go with {@code stack.down.skip}). */
    @Parameter(property = "stack.up.skip", defaultValue = "false")
    private boolean skipUp;

    @Override
    protected String goal() {
        return "up";
    }

    @Override
    protected boolean skipGoal() {
        return skipUp;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        long started = System.nanoTime();
        Duration wait;
        try {
            wait = DurationParser.parse(timeout, "stack.timeout");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        Map<String, String> extraLabels = extraLabels();
        Loaded loaded = load();
        String runId = RunIds.next();
        String stackProject = RunIds.projectName(loaded.project().name(), environment, runId);
        EngineClient engine = engine();
        boolean disposable = StackPlan.isDisposable(environment);
        String publish = blankToNull(publishAddress) != null ? publishAddress.trim()
                : disposable && engine.info().endpoint().isLocal() ? "127.0.0.1" : null;
        getLog().info("Stack " + stackProject + " (" + environment + ") from " + loaded.selection().reason());
        UpCancellation cancellation = new UpCancellation();
        LogStreams logs = null;
        try {
            StackPlan plan = StackPlanner.plan(loaded.project(), new PlanOptions(stackProject, environment, publish),
                    Set.of());
            new StackSweeper(engine, events()).sweep();
            if (disposable && !keepRunning) {
                DockerEngineConnector.loadFailureClasses();
                ShutdownCleanup.register(new ShutdownCleanup.Registration(stackProject, runId, cancellation,
                        this::connect));
            }
            // a connection of its own, open for the build: the goal's connection closes when the goal ends
            logs = new LogStreams(connect());
            getPluginContext().put(StackState.logsKey(stackProject), logs);
            UpResult result = new StackUp(engine, events()).withCancellation(cancellation).withLogs(logs)
                    .up(plan, new RunOptions(runId, Owner.current(), wait, extraLabels, stackDir().resolve("logs"),
                            30));
            logs.complete();
            // a one-shot that already exited: its whole output reaches its file before the build can end
            logs.awaitStopped(Duration.ofSeconds(10));
            export(result, engine, Duration.ofNanos(System.nanoTime() - started));
        } catch (StackException e) {
            if (logs != null) {
                logs.finish(Duration.ofSeconds(5));
            }
            if (!cancellation.isCancelled()) {
                // up removed what it created; when cancelled, the shutdown hook is still removing it
                ShutdownCleanup.unregister(stackProject);
            }
            // the message is complete; a cause would make Maven repeat its text
            throw new MojoFailureException(e.getMessage());
        }
        getPluginContext().put(StackState.key(environment), stackProject);
    }

    private void export(UpResult result, EngineClient engine, Duration took) throws MojoExecutionException {
        String engineHost = engine.info().endpoint().isLocal() ? "localhost" : engine.info().endpoint().host().getHost();
        Map<String, String> values = Exports.of(result, engineHost);
        values.forEach(project.getProperties()::setProperty);
        StackState.write(stackDir(), environment, values);
        String ports = result.ports().entrySet().stream()
                .map(e -> e.getKey() + (values.containsKey("stack." + e.getKey() + ".port")
                        ? " " + values.get("stack." + e.getKey() + ".host") + ":" + values.get("stack." + e.getKey()
                        + ".port") : ""))
                .collect(Collectors.joining(", "));
        getLog().info("Stack " + result.project() + " is up in " + DurationText.format(took) + ": " + ports);
    }

    /** A further connection to the engine this goal uses, for the shutdown hook and the log streams. */
    private EngineClient connect() {
        EngineLocator.Candidates c = EngineLocator.locate(DiscoveryContext.ofSystem(dockerHost));
        return DockerEngineConnector.connect(c.endpoints(), c.explicit());
    }
}
