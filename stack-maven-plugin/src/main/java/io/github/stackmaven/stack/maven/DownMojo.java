package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.stack.DurationText;
import io.github.stackmaven.stack.stack.LogStreams;
import io.github.stackmaven.stack.stack.ShutdownCleanup;
import io.github.stackmaven.stack.stack.StackDown;
import io.github.stackmaven.stack.stack.plan.StackPlan;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the environment's stack. A test or ci stack goes whole and at once (no graceful stops; volumes too).
 * A dev or prod stack is stopped with each service's {@code stop_grace_period}; its named volumes are kept unless
 * {@code -Dstack.removeVolumes=true}; external networks and volumes are never touched. When the integration tests
 * failed, the last log lines of every service are printed first.
 */
@Mojo(name = "down", defaultPhase = LifecyclePhase.POST_INTEGRATION_TEST, threadSafe = true)
public class DownMojo extends AbstractLifecycleMojo {
    private static final Pattern COUNT = Pattern.compile("<(failures|errors)>(\\d+)</\\1>");

    /** Also remove the named volumes of a dev or prod stack (its databases). */
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
        int removed = new StackDown(engine, events()).down(stackProject, disposable, removeVolumes);
        if (getPluginContext().remove(StackState.logsKey(stackProject)) instanceof LogStreams logs) {
            // the containers are gone, so each stream ends after its last byte
            logs.finish(Duration.ofSeconds(10));
        }
        ShutdownCleanup.unregister(stackProject);
        getPluginContext().remove(StackState.key(environment));
        getLog().info(removed == 0 ? "No containers of stack " + stackProject + " were running"
                : "Removed stack " + stackProject + " (" + removed + " container(s)) in "
                + DurationText.format(Duration.ofNanos(System.nanoTime() - started)));
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
        for (ContainerSummary c : engine.listContainers(Map.of(StackLabels.PROJECT, stackProject))) {
            String service = c.label(StackLabels.SERVICE);
            getLog().warn(service + " (" + c.state() + ")");
            engine.logTail(c.id(), logLines).forEach(line -> getLog().warn(service + " | " + line));
        }
    }

}
