package io.github.stackmaven.stack.junit;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeFileDiscovery;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.FileSelection;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.discovery.DiscoveryContext;
import io.github.stackmaven.stack.engine.discovery.EngineLocator;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.Exports;
import io.github.stackmaven.stack.orchestration.HostExposure;
import io.github.stackmaven.stack.orchestration.LogStreams;
import io.github.stackmaven.stack.orchestration.Owner;
import io.github.stackmaven.stack.orchestration.RunIds;
import io.github.stackmaven.stack.orchestration.RunOptions;
import io.github.stackmaven.stack.orchestration.ShutdownCleanup;
import io.github.stackmaven.stack.orchestration.StackDown;
import io.github.stackmaven.stack.orchestration.StackException;
import io.github.stackmaven.stack.orchestration.StackSweeper;
import io.github.stackmaven.stack.orchestration.StackUp;
import io.github.stackmaven.stack.orchestration.UpCancellation;
import io.github.stackmaven.stack.orchestration.UpResult;
import io.github.stackmaven.stack.plan.PlanException;
import io.github.stackmaven.stack.plan.PlanOptions;
import io.github.stackmaven.stack.plan.StackPlan;
import io.github.stackmaven.stack.plan.StackPlanner;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Starts and removes a stack through the same layers {@code stack:up} and {@code stack:down} use today (loader,
 * planner, {@link StackSweeper}, {@link StackUp} with its failure report, {@link ShutdownCleanup}, {@link StackDown}),
 * with the same labels. Written against orchestration until the tool-neutral {@code StackService} exists; only this
 * class changes when the start path moves there.
 */
final class OrchestrationLauncher implements StackLauncher {
    private static final int LOG_LINES = 30;
    private final EventSink events;

    OrchestrationLauncher(EventSink events) {
        this.events = events;
    }

    @Override
    public boolean isRunning(StackOptions options, String project) {
        try (EngineClient engine = connector(options).get()) {
            return engine.listContainers(Map.of(StackLabels.PROJECT, project,
                    StackLabels.ENVIRONMENT, options.environment())).stream()
                    .anyMatch(c -> c.label(StackLabels.RUN) != null && "running".equals(c.state()));
        } catch (EngineException e) {
            throw new StackStartException(e.getMessage(), e);
        }
    }

    @Override
    public Launched up(StackOptions o) {
        Supplier<EngineClient> connect = connector(o);
        EngineClient engine = null;
        String project = null;
        LogStreams logs = null;
        try {
            Map<String, String> env = o.interpolation(System.getenv());
            FileSelection selection = ComposeFileDiscovery.select(o.directory(), o.environment(), o.files(), Map.of(),
                    env);
            ComposeProject compose = ComposeLoader.load(new LoadRequest(o.directory(), selection.files(), null,
                    o.projectName(), o.profiles(), o.services(), env, null));
            String runId = RunIds.next();
            project = RunIds.projectName(compose.name(), o.environment(), runId);
            engine = connect.get();
            boolean local = engine.info().endpoint().isLocal();
            boolean disposable = StackPlan.isDisposable(o.environment());
            events.info("Starting stack " + project + " (" + o.environment() + ") from " + selection.reason());
            StackPlan plan = StackPlanner.plan(compose, new PlanOptions(project, o.environment(),
                    disposable && local ? "127.0.0.1" : null, false), Set.of());
            HostExposure.warnings(plan).forEach(events::warn);
            new StackSweeper(engine, events).sweep();
            UpCancellation cancellation = new UpCancellation();
            if (disposable) {
                DockerEngineConnector.loadFailureClasses();
                ShutdownCleanup.register(new ShutdownCleanup.Registration(project, runId, cancellation, connect));
            }
            logs = new LogStreams(connect.get());
            String engineHost = local ? null : engine.info().endpoint().host().getHost();
            UpResult result = new StackUp(engine, events).withCancellation(cancellation).withLogs(logs)
                    .up(plan, new RunOptions(runId, Owner.current(), o.timeout(), o.labels(),
                            o.stackDir().resolve("logs"), LOG_LINES).withProbeHost(engineHost));
            logs.complete();
            Map<String, String> values = Exports.of(result, local ? "localhost" : engineHost);
            events.info("Stack " + project + " is up: " + values);
            return new Started(engine, logs, project, o.environment(), values, events);
        } catch (ComposeException | PlanException | StackException | EngineException e) {
            if (logs != null) {
                logs.finish(Duration.ofSeconds(5));
            }
            if (project != null) {
                // up removed what it created (or the hook does, when the JVM is stopping)
                ShutdownCleanup.unregister(project);
            }
            if (engine != null) {
                engine.close();
            }
            throw new StackStartException(e.getMessage(), e);
        }
    }

    private static Supplier<EngineClient> connector(StackOptions o) {
        return () -> {
            EngineLocator.Candidates c = EngineLocator.locate(DiscoveryContext.ofSystem(o.dockerHost()));
            return DockerEngineConnector.connect(c.endpoints(), c.explicit());
        };
    }

    /** A stack this launcher started, removed once by {@link #down}. */
    private record Started(EngineClient engine, LogStreams logs, String project, String environment,
                           Map<String, String> values, EventSink events) implements Launched {

        @Override
        public void down(boolean testsFailed) {
            try {
                if (testsFailed) {
                    printLogs();
                }
                StackDown.Result result = new StackDown(engine, events).down(project, environment,
                        StackPlan.isDisposable(environment));
                logs.finish(Duration.ofSeconds(10));
                ShutdownCleanup.unregister(project);
                events.info("Removed stack " + project + " (" + result.containers() + " container(s))");
            } finally {
                engine.close();
            }
        }

        private void printLogs() {
            events.warn("Tests failed; last " + LOG_LINES + " log lines of each service of " + project);
            for (ContainerSummary c : engine.listContainers(Map.of(StackLabels.PROJECT, project,
                    StackLabels.ENVIRONMENT, environment))) {
                String service = c.label(StackLabels.SERVICE);
                events.warn(service + " (" + c.state() + ")");
                engine.logTail(c.id(), LOG_LINES).forEach(line -> events.warn(service + " | " + line));
            }
        }
    }
}
