package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.service.EngineFaultException;
import io.github.stackmaven.stack.service.EngineUnavailableException;
import io.github.stackmaven.stack.service.ImageService;
import io.github.stackmaven.stack.service.InvalidSettingException;
import io.github.stackmaven.stack.service.StackService;
import io.github.stackmaven.stack.service.StackServiceException;
import io.github.stackmaven.stack.service.StackSession;
import io.github.stackmaven.stack.service.StateFileException;
import io.github.stackmaven.stack.service.UserLabels;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the skip switches, the build's {@link StackSession} and the translation of the service's
 * exceptions into one readable Maven message, each type once: what the user must fix fails the build
 * ({@link MojoFailureException}, no stack trace), breakage is an error ({@link MojoExecutionException}).
 * Subclasses bind their parameters and make one service call.
 */
public abstract class AbstractStackMojo extends AbstractMojo {

    /** Skips every goal of this plugin. */
    @Parameter(property = "stack.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The engine to use, e.g. {@code unix:///run/user/1000/docker.sock} or {@code tcp://build-host:2376}. Wins over
     * {@code DOCKER_HOST}, the docker context and the well-known sockets.
     */
    @Parameter(property = "stack.dockerHost")
    protected String dockerHost;

    /**
     * Labels for everything the plugin creates (containers, networks, volumes, images), {@code key=value,key2=value2};
     * for CI reapers and test harnesses. Keys under {@code com.docker.compose.} and {@code io.github.stackmaven.}
     * are the plugin's and are refused.
     */
    @Parameter(property = "stack.labels")
    protected String labels;

    /**
     * Reports, after each goal, how its time divides between waiting for the engine (and a stack's containers)
     * and the plugin's own work; for benchmarks and slow-build reports. At debug level the line is always there.
     */
    @Parameter(property = "stack.timing", defaultValue = "false")
    protected boolean timing;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** The build's session; for a mojo run without a Maven session (unit tests), one for this goal only. */
    private StackSession stackSession;
    private boolean ownSession;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String skipReason = skipReason();
        if (skipReason != null) {
            getLog().info("Skipping stack:" + goal() + " (" + skipReason + ")");
            return;
        }
        long started = System.nanoTime();
        java.time.Duration engineBefore = stackSession().engineTime();
        try {
            run();
            report(System.nanoTime() - started, stackSession().engineTime().minus(engineBefore));
        } catch (EngineUnavailableException e) {
            throw new MojoFailureException(e.getMessage() + (e.misconfigured() ? "" : unreachableHint()), e);
        } catch (EngineFaultException | StateFileException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (StackServiceException e) {
            // a mistake to fix: the message is complete; a cause would make Maven repeat its text
            throw new MojoFailureException(e.getMessage());
        } finally {
            if (ownSession) {
                stackSession.close();
                stackSession = null;
            }
        }
    }

    private void report(long goalNanos, java.time.Duration engine) {
        String line = String.format(java.util.Locale.ROOT,
                "Timing of stack:%s: %d ms in the goal, %d ms of it waiting for the engine, %d ms the plugin's own",
                goal(), goalNanos / 1_000_000, engine.toMillis(), Math.max(0, goalNanos / 1_000_000 - engine.toMillis()));
        if (timing) {
            getLog().info(line);
        } else {
            getLog().debug(line);
        }
    }

    /** The goal's work; runs unless skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException, StackServiceException;

    /** The goal name, for messages. */
    protected abstract String goal();

    /** Why this execution is skipped, or null to run. Subclasses add their own switches. */
    protected String skipReason() {
        return skip ? "stack.skip" : null;
    }

    /** What to add to "cannot reach a Docker engine" for this goal; empty unless a Maven switch avoids the goal. */
    protected String unreachableHint() {
        return "";
    }

    /** Progress and lifecycle events of the layers below, into the build log. */
    protected EventSink events() {
        return new MavenEvents(getLog());
    }

    /** {@code stack.labels} as a map; reserved keys (compose's, the plugin's own) are refused. */
    protected java.util.Map<String, String> extraLabels() throws MojoFailureException {
        try {
            return UserLabels.parse(labels);
        } catch (InvalidSettingException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The image goals, over the build's engine connection, reporting to the build log. */
    protected ImageService images() {
        return new ImageService(stackSession(), dockerHost, events());
    }

    /** The stack goals, over the build's session, reporting to the build log. */
    protected StackService service() {
        return new StackService(stackSession(), events());
    }

    /** The build's session: shared by every goal of the build, closed when it ends ({@link BuildSessions}). */
    protected synchronized StackSession stackSession() {
        if (stackSession == null) {
            ownSession = session == null;
            stackSession = ownSession ? new StackSession() : BuildSessions.of(session);
        }
        return stackSession;
    }
}
