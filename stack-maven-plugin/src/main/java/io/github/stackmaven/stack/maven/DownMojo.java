package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.FailsafeSummary;
import io.github.stackmaven.stack.service.StackServiceException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.Properties;

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
    protected void run() throws StackServiceException {
        MavenStackSettings s = settings();
        s.keepRunning = keepRunning;
        s.removeVolumes = removeVolumes;
        s.environmentExplicit = namedOnCommandLine(environment, session == null ? null
                : session.getUserProperties());
        s.logLines = logLines;
        s.testsFailed = failsafeSummary != null && FailsafeSummary.testsFailed(failsafeSummary.toPath());
        service().down(s);
    }

    /** Whether {@code -Dstack.environment=<environment>} was given on the command line. */
    static boolean namedOnCommandLine(String environment, Properties userProperties) {
        return userProperties != null && environment != null
                && environment.equals(userProperties.getProperty("stack.environment"));
    }
}
