package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.plan.EnvironmentKind;
import io.github.stackmaven.stack.compose.Durations;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.Exports;
import io.github.stackmaven.stack.orchestration.HostExposure;
import io.github.stackmaven.stack.orchestration.LogStreams;
import io.github.stackmaven.stack.orchestration.Owner;
import io.github.stackmaven.stack.orchestration.RunIds;
import io.github.stackmaven.stack.orchestration.RunOptions;
import io.github.stackmaven.stack.orchestration.ShutdownCleanup;
import io.github.stackmaven.stack.orchestration.StackConflict;
import io.github.stackmaven.stack.orchestration.StackException;
import io.github.stackmaven.stack.orchestration.StackSweeper;
import io.github.stackmaven.stack.orchestration.StackUp;
import io.github.stackmaven.stack.orchestration.UpCancellation;
import io.github.stackmaven.stack.plan.HostPorts;
import io.github.stackmaven.stack.plan.PlanOptions;
import io.github.stackmaven.stack.plan.StackPlan;
import io.github.stackmaven.stack.plan.StackPlanner;

import io.github.stackmaven.stack.images.CredentialSource;
import io.github.stackmaven.stack.images.DockerConfigAuth;
import io.github.stackmaven.stack.images.SessionCredentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code up}: a run id and project name, the plan, the sweep of dead builds, the cleanup should the build end first,
 * the log streams, {@link StackUp}, then the exports in {@code target/stack/<environment>.properties}.
 */
final class UpCommand {
    private final StackSession session;
    private final EventSink events;

    UpCommand(StackSession session, EventSink events) {
        this.session = session;
        this.events = events;
    }

    /**
     * Credentials for the base images a session build pulls: docker's config.json ({@code DOCKER_CONFIG} or
     * {@code ~/.docker}), as {@code build} and {@code push} read it (settings.xml servers are the image goals' only).
     */
    private java.util.function.Function<String, java.util.Optional<io.github.stackmaven.stack.engine.RegistryAuth>>
            registryAuth(StackSettings s) {
        return SessionCredentials.of(CredentialSource.dockerConfig(DockerConfigAuth.defaultLocation(
                s.processEnvironment(), Path.of(System.getProperty("user.home")))), events);
    }

    UpResult run(StackSettings s) throws StackServiceException {
        long started = System.nanoTime();
        UpChoices choices = UpChoices.of(s);
        Map<String, String> labels = UserLabels.parse(s.labels());
        if (s.keepRunning()) {
            labels.put(StackLabels.KEEP, "true"); // the sweep of dead builds leaves it to stack:down
        }
        String environment = s.environment();
        StackFiles.Loaded loaded = StackFiles.load(s);
        String runId = RunIds.next();
        String project = RunIds.projectName(loaded.project().name(), environment, runId);
        EngineClient engine = session.engine(s.dockerHost(), events);
        boolean disposable = EnvironmentKind.of(environment).isDisposable();
        boolean local = engine.info().endpoint().isLocal();
        String publish = StackFiles.blankToNull(s.publishAddress()) != null ? s.publishAddress().trim()
                : disposable && local ? "127.0.0.1" : null;
        events.info("Stack " + project + " (" + environment + ") from " + loaded.selection().reason());
        StackPlan plan = StackPlanner.plan(loaded.project(), new PlanOptions(project, environment, publish,
                choices.randomPorts()), Set.of());
        HostExposure.warnings(plan).forEach(events::warn);
        if (choices.randomPorts() && !disposable) {
            events.warn("stack.ports=random applies to test and ci stacks; the " + environment
                    + " stack keeps its fixed host ports");
        } else if (!choices.randomPorts() && HostPorts.warning(plan) != null) {
            events.warn(HostPorts.warning(plan));
        }
        // the sweep of dead builds runs while the cleanup and the log streams' connection are prepared; it ends
        // before anything is created (a dead stack may hold the host ports this one needs)
        java.util.concurrent.CompletableFuture<Void> sweeping = java.util.concurrent.CompletableFuture.runAsync(
                () -> new StackSweeper(engine, events).sweep(), session.executor());
        UpCancellation cancellation = new UpCancellation();
        boolean cleanupOnExit = disposable && !s.keepRunning();
        if (cleanupOnExit) {
            // the hook may run while the plugin's class loader is closing: load what it needs now
            DockerEngineConnector.loadFailureClasses();
        }
        Path stateDir = s.stateDirectory();
        // a connection of its own, so that the follows never exhaust the calls' pool; closed with the last stream
        LogStreams logs;
        try {
            logs = new LogStreams(session.connect(s.dockerHost()), session.executor());
        } catch (RuntimeException e) {
            awaitQuietly(sweeping); // not left running behind the failure
            throw e;
        }
        try {
            StackSession.join(sweeping);
        } catch (RuntimeException e) {
            logs.close();
            throw e;
        }
        if (cleanupOnExit) {
            // registered once the sweep is over and before anything is created: a failed sweep leaves nothing to do
            session.cleanup().register(new ShutdownCleanup.Registration(project, runId, cancellation,
                    () -> session.connect(s.dockerHost())));
        }
        io.github.stackmaven.stack.orchestration.UpResult up;
        try {
            String probeHost = local ? null : engine.info().endpoint().host().getHost();
            up = new StackUp(engine, events).withExecutor(session.executor()).withCancellation(cancellation)
                    .withBuildSessions(choices.buildSession(), registryAuth(s))
                    .withLogs(logs).up(plan, new RunOptions(runId, Owner.current(), choices.timeout(), labels,
                            stateDir.resolve("logs"), s.logLines())
                            .withWait(choices.waitMode(), null).withProbeHost(probeHost)
                            .withImages(choices.buildAlways(), choices.pullAlways()));
            logs.complete();
            // a one-shot that already exited: its whole output reaches its file before the build can end
            logs.awaitStopped(Duration.ofSeconds(10));
        } catch (StackException e) {
            logs.finish(Duration.ofSeconds(5));
            if (!cancellation.isCancelled()) {
                // up removed what it created; when cancelled, the shutdown hook is still removing it
                session.cleanup().unregister(project);
            }
            if (e.getCause() instanceof StackConflict conflict) {
                throw new StackConflictException(project, conflict.container(), e.getMessage(), e);
            }
            throw new ServiceNotReadyException(project, e.notReady().stream().map(n -> new ServiceFailure(
                    n.service(), n.waitingFor(), n.state(), n.problem())).toList(), e.getMessage(), e);
        } catch (RuntimeException e) {
            // an engine fault outside up's own handling: the log streams end; the cleanup, still registered,
            // removes what this run created when the build ends
            logs.finish(Duration.ofSeconds(5));
            throw e;
        }
        session.started(StackState.file(stateDir, environment), new StackSession.Running(project, logs));
        return export(up, s, local ? "localhost" : engine.info().endpoint().host().getHost(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void awaitQuietly(java.util.concurrent.CompletableFuture<Void> sweeping) {
        try {
            sweeping.join();
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            // the failure already under way is the one to report
        }
    }

    private UpResult export(io.github.stackmaven.stack.orchestration.UpResult up, StackSettings s, String engineHost,
                            Duration took) throws StateFileException {
        Map<String, String> values = Exports.of(up, engineHost);
        StackState.write(s.stateDirectory(), s.environment(), values);
        String ports = up.ports().keySet().stream()
                .map(service -> service + (values.containsKey("stack." + service + ".port")
                        ? " " + values.get("stack." + service + ".host") + ":" + values.get("stack." + service
                        + ".port") : ""))
                .collect(Collectors.joining(", "));
        events.info("Stack " + up.project() + " is up in " + Durations.text(took) + ": " + ports);
        return new UpResult(up.project(), s.environment(), values, StackState.file(s.stateDirectory(),
                s.environment()), took);
    }
}
