package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.orchestration.DurationText;
import io.github.stackmaven.stack.orchestration.LogStreams;
import io.github.stackmaven.stack.orchestration.ShutdownCleanup;
import io.github.stackmaven.stack.orchestration.StackDown;
import io.github.stackmaven.stack.plan.StackPlan;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the environment's stack: only containers, networks and volumes this plugin created for that environment
 * (run and environment labels), never another environment's stack of the same name. A test or ci stack goes whole
 * and at once (no graceful stops; volumes too). A dev or prod stack is stopped with each service's
 * {@code stop_grace_period}; its named volumes are kept unless {@code -Dstack.removeVolumes=true} together with
 * {@code -Dstack.environment=dev|prod} on the command line; external networks and volumes are never touched. When
 * the integration tests failed, the last log lines of every service are printed first.
 */
@Mojo(name = "down", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class DownMojo extends AbstractLifecycleMojo {
    private static final Pattern COUNT = Pattern.compile("<(failures|errors)>(\\d+)</\\1>");

    /**
     * Also remove the named volumes of a dev or prod stack (its databases); only together with
     * {@code -Dstack.environment=dev|prod} on the command line.
     */
    @Parameter(property = "stack.removeVolumes", defaultValue = "false")
    private boolean removeVolumes;

    /** Leave the test stack running for debugging, and print how to remove it. */
    @Parameter(property = "stack.keepRunning", defaultValue = "false")
    private boolean keepRunning;

    /** Lines of each service's log to print when the integration tests failed. */
    @Parameter(property = "stack.logLines", defaultValue = "30")
    private int logLines;

    /** Failsafe's summary, read to decide whether to print service logs. */
    @Parameter(defaultValue = "${project.build.directory}/failsafe-reports/failsafe-summary.xml", readonly = true)
    private java.io.File failsafeSummary;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips this goal. */
    @Parameter(property = "stack.down.skip", defaultValue = "false")
    private boolean skipDown;

    @Override
    protected String goal() {
        return "down";
    }

    @Override
    protected boolean skipGoal() {
        return skipDown;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        long started = System.nanoTime();
        boolean recorded = recordedProject() != null;
        String stackProject = runningProject();
        boolean disposable = StackPlan.isDisposable(environment);
        if (keepRunning) {
            ShutdownCleanup.unregister(stackProject);
            getLog().warn("Stack " + stackProject + " keeps running (stack.keepRunning). Remove it with:\n"
                    + "  mvn stack:down -Dstack.environment=" + environment + " -Dstack.projectName=" + stackProject
                    + "\n  or: docker compose -p " + stackProject + " down" + (disposable ? " -v" : ""));
            return;
        }
        EngineClient engine = engine();
        if (testsFailed()) {
            printLogs(engine, stackProject);
        }
        boolean namedVolumes = removesNamedVolumes(removeVolumes, environment,
                session == null ? null : session.getUserProperties());
        if (removeVolumes && !disposable && !namedVolumes) {
            getLog().warn("stack.removeVolumes=true is ignored: the named volumes of a " + environment + " stack are"
                    + " removed only when -Dstack.environment=" + environment + " is given on the command line too");
        }
        StackDown.Result result = new StackDown(engine, events()).down(stackProject, environment, namedVolumes);
        if (getPluginContext().remove(StackState.logsKey(stackProject)) instanceof LogStreams logs) {
            // the containers are gone, so each stream ends after its last byte
            logs.finish(Duration.ofSeconds(10));
        }
        ShutdownCleanup.unregister(stackProject);
        getPluginContext().remove(StackState.key(environment));
        if (result.nothingFound()) {
            getLog().info(nothingMessage(stackProject, recorded, result));
        } else {
            getLog().info("Removed stack " + stackProject + " (" + result.containers() + " container(s)) in "
                    + DurationText.format(Duration.ofNanos(System.nanoTime() - started)));
        }
    }

    /**
     * A dev or prod stack's named volumes (its databases) go only when {@code stack.removeVolumes=true} and the
     * environment was named on the command line ({@code -Dstack.environment=dev}); a test or ci stack's always go.
     */
    static boolean removesNamedVolumes(boolean removeVolumes, String environment, Properties userProperties) {
        if (StackPlan.isDisposable(environment)) {
            return true;
        }
        return removeVolumes && userProperties != null
                && environment.equals(userProperties.getProperty("stack.environment"));
    }

    /** One line: nothing of this environment's stack was there; what was left alone, and why. */
    private String nothingMessage(String stackProject, boolean recorded, StackDown.Result result) {
        StringBuilder sb = new StringBuilder("Nothing to remove: no ").append(environment).append(" stack ")
                .append(stackProject).append(" of this plugin on the engine");
        if (!recorded) {
            Path state = StackState.file(stackDir(), environment);
            Path base = project.getBasedir() == null ? null : project.getBasedir().toPath();
            sb.append(" (this build started none and ")
                    .append(base != null && state.startsWith(base) ? base.relativize(state) : state)
                    .append(" records none)");
        }
        if (!result.otherEnvironments().isEmpty()) {
            sb.append("; containers of project ").append(stackProject).append(" from ")
                    .append(result.otherEnvironments().stream()
                            .map(e -> "none".equals(e) ? "outside this plugin" : "the " + e + " environment")
                            .collect(java.util.stream.Collectors.joining(" and ")))
                    .append(" are never touched by down of ").append(environment);
        }
        return sb.toString();
    }

    private String recordedProject() {
        Object fromUp = getPluginContext() == null ? null : getPluginContext().get(StackState.key(environment));
        return fromUp != null ? fromUp.toString() : StackState.readProject(stackDir(), environment);
    }

    private boolean testsFailed() {
        if (failsafeSummary == null || !failsafeSummary.isFile()) {
            return false;
        }
        try {
            Matcher m = COUNT.matcher(Files.readString(failsafeSummary.toPath()));
            while (m.find()) {
                if (Integer.parseInt(m.group(2)) > 0) {
                    return true;
                }
            }
        } catch (IOException e) {
            getLog().debug("Cannot read " + failsafeSummary + ": " + e.getMessage());
        }
        return false;
    }

    private void printLogs(EngineClient engine, String stackProject) {
        getLog().warn("Integration tests failed; last " + logLines + " log lines of each service of " + stackProject
                + " (full logs in " + stackDir().resolve("logs") + "):");
        for (ContainerSummary c : engine.listContainers(Map.of(StackLabels.PROJECT, stackProject,
                StackLabels.ENVIRONMENT, environment))) {
            String service = c.label(StackLabels.SERVICE);
            getLog().warn(service + " (" + c.state() + ")");
            engine.logTail(c.id(), logLines).forEach(line -> getLog().warn(service + " | " + line));
        }
    }

}
