package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.StackServiceException;
import io.github.stackmaven.stack.service.UpResult;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Starts the environment's stack: builds missing {@code build:} images, creates networks, volumes and containers,
 * starts services in dependency order (independent ones in parallel), waits until each is running, healthy or
 * completed, and exports hosts and ports as {@code stack.<service>.host} / {@code stack.<service>.port} for the
 * integration tests. A test stack gets a project name of its own per run and is removed by {@code down}, by Ctrl-C,
 * or, after a {@code kill -9}, by the next {@code up}.
 */
@Mojo(name = "up", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class UpMojo extends AbstractLifecycleMojo {

    /**
     * How long each service may take to become ready, e.g. {@code 2m}, {@code 90s}, counted from the start of its
     * container (an image build or pull before it does not count); a healthcheck's {@code start_period} adds to it.
     */
    @Parameter(property = "stack.timeout", defaultValue = "2m")
    private String timeout;

    /**
     * What {@code up} waits for in a running service: {@code healthcheck} (healthy where there is a healthcheck),
     * {@code port} (every published TCP port answers), {@code none} (started), or {@code auto}, the default: the
     * healthcheck where the service or its image has one, else its published ports. A service's own
     * {@code x-stack: {wait: ...}} wins.
     */
    @Parameter(property = "stack.wait", defaultValue = "auto")
    private String wait;

    /**
     * {@code random} publishes every fixed host port of a test or ci stack on a free port instead (exported as
     * {@code stack.<service>.port} as usual), so that two builds of one project can run at once; {@code fixed}, the
     * default, keeps the compose files' ports.
     */
    @Parameter(property = "stack.ports", defaultValue = "fixed")
    private String ports;

    /** {@code always} rebuilds every service image that has a {@code build:} section, as compose's {@code up --build}. */
    @Parameter(property = "stack.build", defaultValue = "missing")
    private String build;

    /** {@code always} pulls every image that is not built, even when the engine has it; {@code missing} pulls only missing ones. */
    @Parameter(property = "stack.pull", defaultValue = "missing")
    private String pull;

    /**
     * How {@code build:} images reach the engine: {@code auto}, the default, builds through a BuildKit session as
     * {@code stack:build} does (only changed files are sent; {@code build.secrets} work; an engine without
     * sessions gets the context as a tar, with a warning); {@code never} always sends the whole context as a tar.
     */
    @Parameter(property = "stack.buildSession", defaultValue = "auto")
    private String buildSession;

    /**
     * Host address for published ports that name none. Test and ci stacks on a local engine default to
     * {@code 127.0.0.1}, so that a test database is never reachable from the network.
     */
    @Parameter(property = "stack.publishAddress")
    private String publishAddress;

    /**
     * Leaves a test stack running when the build ends (no removal on exit), for debugging; {@code stack:down}
     * with the same property prints how to remove it. The stack is labelled {@code io.github.stackmaven.keep=true},
     * so that the sweep of dead builds leaves it until {@code stack:down} removes it.
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
    protected void run() throws StackServiceException {
        MavenStackSettings s = settings();
        s.timeout = timeout;
        s.waitMode = wait;
        s.ports = ports;
        s.build = build;
        s.pull = pull;
        s.buildSession = buildSession;
        s.publishAddress = publishAddress;
        s.keepRunning = keepRunning;
        UpResult result = service().up(s);
        result.exports().forEach(project.getProperties()::setProperty);
    }
}
