package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.plan.EnvironmentKind;
import io.github.stackmaven.stack.compose.Durations;
import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.StackDown;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code down}: finds the environment's stack (started in this session, recorded in its state file, or named),
 * prints the services' last log lines when the tests failed, removes it with {@link StackDown} and ends its log
 * streams and its cleanup registration.
 */
final class DownCommand {
    private final StackSession session;
    private final EventSink events;

    DownCommand(StackSession session, EventSink events) {
        this.session = session;
        this.events = events;
    }

    DownResult run(StackSettings s) throws StackServiceException {
        long started = System.nanoTime();
        String environment = s.environment();
        Path stateFile = StackState.file(s.stateDirectory(), environment);
        boolean recorded = StackState.recordedProject(session, s) != null;
        String project = StackState.runningProject(session, s);
        boolean disposable = EnvironmentKind.of(environment).isDisposable();
        if (s.keepRunning()) {
            session.cleanup().unregister(project);
            events.warn("Stack " + project + " keeps running (stack.keepRunning). Remove it with:\n"
                    + "  mvn stack:down -Dstack.environment=" + environment + " -Dstack.projectName=" + project
                    + "\n  or: docker compose -p " + project + " down" + (disposable ? " -v" : ""));
            return new DownResult(project, 0, false, true);
        }
        EngineClient engine = session.engine(s.dockerHost(), events);
        if (s.testsFailed()) {
            printLogs(engine, project, s);
        }
        boolean namedVolumes = removesNamedVolumes(s.removeVolumes(), environment, s.environmentExplicit());
        if (s.removeVolumes() && !disposable && !namedVolumes) {
            events.warn("stack.removeVolumes=true is ignored: the named volumes of a " + environment + " stack are"
                    + " removed only when -Dstack.environment=" + environment + " is given on the command line too");
        }
        StackDown.Result result = new StackDown(engine, events, session.executor()).down(project, environment, namedVolumes);
        StackSession.Running running = session.stopped(stateFile);
        if (running != null && running.logs() != null) {
            // the containers are gone, so each stream ends after its last byte
            running.logs().finish(Duration.ofSeconds(10));
        }
        session.cleanup().unregister(project);
        if (result.nothingFound()) {
            events.info(nothingMessage(s, project, recorded, result));
        } else {
            events.info("Removed stack " + project + " (" + result.containers() + " container(s)) in "
                    + Durations.text(Duration.ofNanos(System.nanoTime() - started)));
        }
        return new DownResult(project, result.containers(), result.nothingFound(), false);
    }

    /**
     * A dev or prod stack's named volumes (its databases) go only when {@code stack.removeVolumes=true} and the
     * environment was named explicitly ({@code -Dstack.environment=dev}); a test or ci stack's always go.
     */
    static boolean removesNamedVolumes(boolean removeVolumes, String environment, boolean environmentExplicit) {
        return EnvironmentKind.of(environment).isDisposable() || removeVolumes && environmentExplicit;
    }

    /** One line: nothing of this environment's stack was there; what was left alone, and why. */
    private String nothingMessage(StackSettings s, String project, boolean recorded, StackDown.Result result) {
        StringBuilder sb = new StringBuilder("Nothing to remove: no ").append(s.environment()).append(" stack ")
                .append(project).append(" of this plugin on the engine");
        if (!recorded) {
            Path state = StackState.file(s.stateDirectory(), s.environment());
            Path base = s.directory();
            sb.append(" (this build started none and ")
                    .append(base != null && state.startsWith(base) ? base.relativize(state) : state)
                    .append(" records none)");
        }
        if (!result.otherEnvironments().isEmpty()) {
            sb.append("; containers of project ").append(project).append(" from ")
                    .append(result.otherEnvironments().stream()
                            .map(e -> "none".equals(e) ? "outside this plugin" : "the " + e + " environment")
                            .collect(Collectors.joining(" and ")))
                    .append(" are never touched by down of ").append(s.environment());
        }
        return sb.toString();
    }

    private void printLogs(EngineClient engine, String project, StackSettings s) {
        events.warn("Integration tests failed; last " + s.logLines() + " log lines of each service of " + project
                + " (full logs in " + s.stateDirectory().resolve("logs") + "):");
        for (ContainerSummary c : engine.listContainers(Map.of(StackLabels.PROJECT, project,
                StackLabels.ENVIRONMENT, s.environment()))) {
            String service = c.label(StackLabels.SERVICE);
            events.warn(service + " (" + c.state() + ")");
            engine.logTail(c.id(), s.logLines()).forEach(line -> events.warn(service + " | " + line));
        }
    }
}
