package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.engine.EngineConfigException;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.EngineUnreachableException;
import io.github.stackmaven.stack.engine.discovery.DiscoveryContext;
import io.github.stackmaven.stack.engine.discovery.EngineLocator;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: the skip switches, the engine connection and the translation of failures into one
 * readable Maven message. Subclasses bind their parameters and make one delegate call.
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

    private EngineClient engine;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String skipReason = skipReason();
        if (skipReason != null) {
            getLog().info("Skipping stack:" + goal() + " (" + skipReason + ")");
            return;
        }
        try {
            run();
        } catch (EngineUnreachableException e) {
            throw new MojoFailureException(e.getMessage() + unreachableHint(), e);
        } catch (EngineConfigException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (EngineException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } finally {
            if (engine != null) {
                engine.close();
                engine = null;
            }
        }
    }

    /** The goal's work; runs unless skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

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
        return new EventSink() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }
        };
    }

    /** {@code stack.labels} as a map; reserved keys (compose's, the plugin's own) are refused. */
    protected java.util.Map<String, String> extraLabels() throws MojoFailureException {
        return UserLabels.parse(labels);
    }

    /** The engine, connected on first use and closed when the goal ends. */
    protected EngineClient engine() {
        if (engine == null) {
            EngineLocator.Candidates candidates = EngineLocator.locate(DiscoveryContext.ofSystem(dockerHost));
            engine = DockerEngineConnector.connect(candidates.endpoints(), candidates.explicit());
            getLog().debug("Using " + engine.info());
        }
        return engine;
    }
}
