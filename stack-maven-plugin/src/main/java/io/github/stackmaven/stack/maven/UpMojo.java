package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.discovery.DiscoveryContext;
import io.github.stackmaven.stack.engine.discovery.EngineLocator;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import io.github.stackmaven.stack.orchestration.DurationText;
import io.github.stackmaven.stack.orchestration.Exports;
import io.github.stackmaven.stack.orchestration.HostExposure;
import io.github.stackmaven.stack.orchestration.LogStreams;
import io.github.stackmaven.stack.orchestration.Owner;
import io.github.stackmaven.stack.orchestration.RunIds;
import io.github.stackmaven.stack.orchestration.RunOptions;
import io.github.stackmaven.stack.orchestration.ShutdownCleanup;
import io.github.stackmaven.stack.orchestration.StackException;
import io.github.stackmaven.stack.orchestration.StackSweeper;
import io.github.stackmaven.stack.orchestration.StackUp;
import io.github.stackmaven.stack.orchestration.UpCancellation;
import io.github.stackmaven.stack.orchestration.UpResult;
import io.github.stackmaven.stack.plan.HostPorts;
import io.github.stackmaven.stack.plan.PlanException;
import io.github.stackmaven.stack.plan.PlanOptions;
import io.github.stackmaven.stack.plan.StackPlan;
import io.github.stackmaven.stack.plan.StackPlanner;
import io.github.stackmaven.stack.plan.WaitMode;
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
    protected void run() throws MojoExecutionException, MojoFailureException {
        long started = System.nanoTime();
        Duration perService;
        try {
            perService = DurationParser.parse(timeout, "stack.timeout");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        }
        WaitMode mode = WaitMode.parse(wait);
        if (mode == null) {
            throw new MojoFailureException("stack.wait is \"" + wait + "\"; expected " + WaitMode.CHOICES);
        }
        boolean buildAlways = always(build, "stack.build");
        boolean pullAlways = always(pull, "stack.pull");
        String portMode = ports == null ? "fixed" : ports.trim();
        if (!"fixed".equals(portMode) && !"random".equals(portMode)) {
            throw new MojoFailureException("stack.ports is \"" + ports + "\"; expected fixed (the default) or random");
        }
        Map<String, String> extraLabels = extraLabels();
        if (keepRunning) {
            extraLabels.put(StackLabels.KEEP, "true"); // the sweep of dead builds leaves it to stack:down
        }
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
            boolean randomPorts = "random".equals(portMode);
            StackPlan plan = StackPlanner.plan(loaded.project(), new PlanOptions(stackProject, environment, publish,
                    randomPorts), Set.of());
            HostExposure.warnings(plan).forEach(getLog()::warn);
            if (randomPorts && !disposable) {
                getLog().warn("stack.ports=random applies to test and ci stacks; the " + environment
                        + " stack keeps its fixed host ports");
            } else if (!randomPorts && HostPorts.warning(plan) != null) {
                getLog().warn(HostPorts.warning(plan));
            }
            new StackSweeper(engine, events()).sweep();
            if (disposable && !keepRunning) {
                DockerEngineConnector.loadFailureClasses();
                ShutdownCleanup.register(new ShutdownCleanup.Registration(stackProject, runId, cancellation,
                        this::connect));
            }
            // a connection of its own, open for the build: the goal's connection closes when the goal ends
            logs = new LogStreams(connect());
            getPluginContext().put(StackState.logsKey(stackProject), logs);
            String engineHost = engine.info().endpoint().isLocal() ? null : engine.info().endpoint().host().getHost();
            UpResult result = new StackUp(engine, events()).withCancellation(cancellation).withLogs(logs)
                    .up(plan, new RunOptions(runId, Owner.current(), perService, extraLabels,
                            stackDir().resolve("logs"), 30)
                            .withWait(mode, null).withProbeHost(engineHost).withImages(buildAlways, pullAlways));
            logs.complete();
            // a one-shot that already exited: its whole output reaches its file before the build can end
            logs.awaitStopped(Duration.ofSeconds(10));
            export(result, engine, Duration.ofNanos(System.nanoTime() - started));
        } catch (PlanException e) {
            ShutdownCleanup.unregister(stackProject);
            throw new MojoFailureException(e.getMessage());
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
        } catch (RuntimeException e) {
            // an engine fault outside up's own handling: the log streams end; the shutdown hook, still registered,
            // removes what this run created when the build ends
            if (logs != null) {
                logs.finish(Duration.ofSeconds(5));
            }
            throw e;
        }
        getPluginContext().put(StackState.key(environment), stackProject);
    }

    private static boolean always(String value, String property) throws MojoFailureException {
        String v = value == null ? "missing" : value.trim();
        if (!"always".equals(v) && !"missing".equals(v)) {
            throw new MojoFailureException(property + " is \"" + value + "\"; expected missing (the default) or always");
        }
        return "always".equals(v);
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
