package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineConnectionLostException;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.NetworkAttachment;
import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.PublishedPort;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.VolumeConfig;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.plan.Condition;
import io.github.stackmaven.stack.plan.DependsOn;
import io.github.stackmaven.stack.plan.ServicePlan;
import io.github.stackmaven.stack.plan.StackPlan;
import io.github.stackmaven.stack.orchestration.wait.PortProbe;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Brings a {@link StackPlan} up: networks and volumes, then each service as soon as what it depends on is
 * started, healthy or completed (independent services in parallel), then waits until every service is ready.
 * A failure reports every service that is not ready, removes what this run created, and throws one
 * {@link StackException}. On a dev or prod stack that is already running it converges as compose does: unchanged
 * containers keep running, changed ones are recreated, services no longer in the files are removed.
 */
public final class StackUp {
    /** How often a line tells which services {@code up} still waits for. */
    static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    /** After a lost engine connection: pauses before each attempt to remove what was created. */
    static final List<Duration> RECONNECT = List.of(Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(4));

    private final EngineClient engine;
    private final EventSink events;
    private final PortProbe probe;
    private final Duration reportEvery;
    private UpCancellation cancellation = new UpCancellation();
    private LogStreams logs;
    private List<Duration> reconnect = RECONNECT;
    private java.util.concurrent.Executor executor;
    private io.github.stackmaven.stack.images.BuildSessionMode buildSessions =
            io.github.stackmaven.stack.images.BuildSessionMode.AUTO;
    private java.util.function.Function<String, java.util.Optional<io.github.stackmaven.stack.engine.RegistryAuth>>
            registryAuth = host -> java.util.Optional.empty();
    private final AtomicReference<EngineConnectionLostException> lost = new AtomicReference<>();

    public StackUp(EngineClient engine, EventSink events) {
        this(engine, events, PortProbe.standard(), REPORT_EVERY);
    }

    StackUp(EngineClient engine, EventSink events, PortProbe probe, Duration reportEvery) {
        this.engine = engine;
        this.events = events;
        this.probe = probe;
        this.reportEvery = reportEvery;
    }

    /** Lets a shutdown hook stop this {@code up} from creating more ({@link ShutdownCleanup}). */
    public StackUp withCancellation(UpCancellation cancellation) {
        this.cancellation = cancellation;
        return this;
    }

    /** Where container output goes ({@code RunOptions.logDir()} names the files); none without. */
    public StackUp withLogs(LogStreams logs) {
        this.logs = logs;
        return this;
    }

    /** Runs the services' starts, waits and the pulls on {@code executor} (the session's) instead of a pool of its own. */
    public StackUp withExecutor(java.util.concurrent.Executor executor) {
        this.executor = executor;
        return this;
    }

    /**
     * Whether {@code build:} images are built through BuildKit sessions ({@code stack.buildSession}; auto by
     * default) and the registry credentials those builds' base-image pulls use.
     */
    public StackUp withBuildSessions(io.github.stackmaven.stack.images.BuildSessionMode mode,
            java.util.function.Function<String, java.util.Optional<io.github.stackmaven.stack.engine.RegistryAuth>>
                    auth) {
        this.buildSessions = mode;
        this.registryAuth = auth;
        return this;
    }

    StackUp withReconnectPauses(List<Duration> pauses) {
        this.reconnect = pauses;
        return this;
    }

    public UpResult up(StackPlan plan, RunOptions options) {
        Created created = new Created();
        Map<String, ServiceRun> runs = new LinkedHashMap<>();
        plan.services().forEach(s -> runs.put(s.name(), new ServiceRun(s)));
        try {
            checkDependencies(plan, runs);
            // images first: a failed pull or build leaves the running containers of a dev stack as they were
            (executor == null ? new ImagePuller(engine, events) : new ImagePuller(engine, events, executor))
                    .withBuildSessions(buildSessions, registryAuth)
                    .ensure(plan.services(), options.buildAlways(), options.pullAlways());
            Map<String, List<ContainerSummary>> existing = converge(plan);
            createNetworksAndVolumes(plan, options, created);
            startAll(plan, options, runs, existing, created);
            confirmStillUp(runs);
            Map<String, List<PublishedPort>> ports = new LinkedHashMap<>();
            runs.values().forEach(r -> ports.put(r.name(), r.containerIds.isEmpty() ? List.of()
                    : engine.publishedPorts(r.containerIds.get(0))));
            return new UpResult(plan.project(), ports);
        } catch (StackException | EngineException e) {
            if (cancellation.isCancelled()) {
                // the build is stopping: the shutdown hook removes the stack, after the creates in flight returned
                throw new StackException("Stack " + plan.project() + " did not come up: the build is stopping", e);
            }
            EngineConnectionLostException connectionLost =
                    e instanceof EngineConnectionLostException l ? l : lost.get();
            if (connectionLost != null) {
                throw new StackException(afterLostConnection(plan, created, connectionLost), connectionLost);
            }
            String report = FailureReport.render(engine, plan, runs, options);
            String removed = plan.disposable() ? "Everything the stack created has been removed."
                    : "What this run created has been removed; named volumes are kept.";
            try {
                rollback(plan, created);
            } catch (RuntimeException failed) {
                removed = "Removing what this run created failed too (" + failed.getMessage() + ")"
                        + (plan.disposable() ? "; the next up on this engine removes it once this build has ended."
                        : "; remove it with docker compose -p " + plan.project() + " down.");
            }
            String what = e instanceof StackAbort ? "" : "  " + e.getMessage() + "\n";
            throw new StackException("Stack " + plan.project() + " did not come up.\n" + what + report + removed, e)
                    .withNotReady(runs.values().stream().filter(r -> !isReady(r)).map(NotReady::of).toList());
        }
    }

    private static boolean isReady(ServiceRun run) {
        return run.ready.isDone() && !run.ready.isCompletedExceptionally() && run.problem == null;
    }

    private static void checkDependencies(StackPlan plan, Map<String, ServiceRun> runs) {
        for (ServicePlan s : plan.services()) {
            for (DependsOn d : s.dependsOn()) {
                ServiceRun dep = runs.get(d.service());
                if (dep == null) {
                    if (d.required()) {
                        throw new StackException("Service " + s.name() + " depends on " + d.service()
                                + ", which is not part of this stack (disabled by a profile or not selected);"
                                + " enable it or mark the dependency `required: false`");
                    }
                    continue;
                }
                if (d.condition() == Condition.HEALTHY && dep.healthyWaiter == null) {
                    dep.healthyWaiter = s.name();
                }
                if (d.condition() == Condition.COMPLETED) {
                    dep.mustComplete = true;
                }
            }
        }
    }

    /**
     * Existing containers of the project per service; removes orphans and containers whose config changed. Only
     * containers this plugin created for the same environment are touched: a container of another environment's
     * stack (dev and prod share the plain project name) or one started outside the plugin is never removed or
     * adopted; when it holds a name this stack needs, {@code up} stops with a message that names it.
     */
    private Map<String, List<ContainerSummary>> converge(StackPlan plan) {
        Map<String, List<ContainerSummary>> keep = new HashMap<>();
        for (ContainerSummary c : engine.listContainers(Map.of(StackLabels.PROJECT, plan.project()))) {
            String service = c.label(StackLabels.SERVICE);
            var target = plan.service(service);
            if (!StackDown.isOurs(c.labels(), plan.environment()::equals)) {
                if (target.isPresent()) {
                    String env = c.label(StackLabels.ENVIRONMENT);
                    String owner = c.label(StackLabels.RUN) == null || env == null
                            ? "was not started by this plugin (docker compose or by hand)"
                            : "belongs to the " + env + " stack of the same project name";
                    throw new StackConflict(c.name(), "Container " + c.name() + " of service " + service + " " + owner
                            + "; the " + plan.environment() + " stack leaves it alone. Stop that stack first (e.g. "
                            + (env == null ? "docker compose -p " + plan.project() + " down"
                            : "mvn stack:down -Dstack.environment=" + env)
                            + ") or give this one its own name with -Dstack.projectName=<name>");
                }
                continue;
            }
            if (target.isEmpty()) {
                events.info("Removing " + c.name() + ": service " + service + " is no longer in the stack");
                engine.removeContainer(c.id(), plan.disposable());
            } else if (!target.get().configHash().equals(c.label(StackLabels.CONFIG_HASH))) {
                events.info("Recreating " + c.name() + ": its configuration changed");
                engine.removeContainer(c.id(), plan.disposable());
            } else {
                keep.computeIfAbsent(service, k -> new ArrayList<>()).add(c);
            }
        }
        return keep;
    }

    private void createNetworksAndVolumes(StackPlan plan, RunOptions options, Created created) {
        for (String name : plan.externalNetworks()) {
            if (!engine.networkExists(name)) {
                throw new StackException("External network " + name + " does not exist; create it with"
                        + " `docker network create " + name + "` or drop `external: true`");
            }
        }
        for (String name : plan.externalVolumes()) {
            if (!engine.volumeExists(name)) {
                throw new StackException("External volume " + name + " does not exist; create it with"
                        + " `docker volume create " + name + "` or drop `external: true`");
            }
        }
        for (NetworkConfig n : plan.networks()) {
            if (!engine.networkExists(n.name())) {
                cancellation.beginCreate("creating network " + n.name());
                try {
                    engine.createNetwork(new NetworkConfig(n.name(), n.driver(), n.driverOpts(), n.internal(),
                            n.attachable(), n.enableIpv6(), labels(n.labels(), plan, options), n.ipamDriver(),
                            n.pools()));
                    created.networks.add(n.name());
                } finally {
                    cancellation.endCreate();
                }
            }
        }
        for (VolumeConfig v : plan.volumes()) {
            if (!engine.volumeExists(v.name())) {
                cancellation.beginCreate("creating volume " + v.name());
                try {
                    engine.createVolume(new VolumeConfig(v.name(), v.driver(), v.driverOpts(),
                            labels(v.labels(), plan, options)));
                } finally {
                    cancellation.endCreate();
                }
            }
        }
    }

    static Map<String, String> labels(Map<String, String> own, StackPlan plan, RunOptions options) {
        Map<String, String> labels = new HashMap<>(own);
        labels.putAll(options.extraLabels());
        labels.put(StackLabels.RUN, options.runId());
        labels.put(StackLabels.OWNER, options.owner().label());
        labels.put(StackLabels.ENVIRONMENT, plan.environment());
        return labels;
    }

    private void startAll(StackPlan plan, RunOptions options, Map<String, ServiceRun> runs,
                          Map<String, List<ContainerSummary>> existing, Created created) {
        ExecutorService own = executor != null ? null
                : Executors.newFixedThreadPool(Math.max(2, Math.min(runs.size() * 2, 32)), daemon("stack-up"));
        java.util.concurrent.Executor pool = own != null ? own : executor;
        try {
            ServiceWatcher watcher = new ServiceWatcher(engine, events, options, probe, reportEvery);
            for (ServiceRun run : runs.values()) {
                List<CompletableFuture<Void>> deps = new ArrayList<>();
                for (DependsOn d : run.plan.dependsOn()) {
                    ServiceRun dep = runs.get(d.service());
                    if (dep != null) {
                        CompletableFuture<Void> f = dep.future(d.condition());
                        deps.add(d.required() ? f : f.exceptionally(t -> null));
                    }
                }
                CompletableFuture.allOf(deps.toArray(CompletableFuture[]::new)).whenComplete((ok, failure) -> {
                    if (failure != null) {
                        run.fail("not started, because " + failedDependencies(run, runs));
                        return;
                    }
                    pool.execute(() -> {
                        try {
                            start(run, plan, options, existing.getOrDefault(run.name(), List.of()), created);
                            watcher.watch(run);
                        } catch (RuntimeException e) {
                            if (e instanceof EngineConnectionLostException l) {
                                lost.compareAndSet(null, l);
                            }
                            run.fail(PortConflict.explain(e.getMessage()));
                        }
                    });
                });
            }
            CompletableFuture<?>[] all = runs.values().stream().map(r -> r.ready).toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(all).join();
            } catch (RuntimeException e) {
                // every run is done by now or will fail at its deadline; wait for all so the report is complete
                for (CompletableFuture<?> f : all) {
                    f.exceptionally(t -> null).join();
                }
                throw new StackAbort();
            }
        } finally {
            if (own != null) {
                own.shutdownNow();
            }
        }
    }

    /**
     * Every service was ready when it was judged; a service that exited non-zero or restarted since then (before
     * {@code up} returns) still fails {@code up}.
     */
    private void confirmStillUp(Map<String, ServiceRun> runs) {
        boolean failed = false;
        for (ServiceRun run : runs.values()) {
            for (String id : run.containerIds) {
                ContainerState s = engine.inspectContainer(id);
                String problem = ServiceWatcher.problem(s);
                if (problem != null && !(s.hasExited() && Integer.valueOf(0).equals(s.exitCode()))) {
                    run.lastState = s;
                    run.problem = null;
                    run.failAfterReady(problem + " after it was ready");
                    failed = true;
                    break;
                }
            }
        }
        if (failed) {
            throw new StackAbort();
        }
    }

    private void start(ServiceRun run, StackPlan plan, RunOptions options, List<ContainerSummary> existing,
                       Created created) {
        List<ContainerSpec> specs = run.plan.containers();
        for (int i = 0; i < specs.size(); i++) {
            ContainerSpec spec = specs.get(i);
            String id = existing.stream().filter(c -> c.name().equals(spec.name())).map(ContainerSummary::id)
                    .findFirst().orElse(null);
            if (id == null) {
                ContainerSpec labelled = spec.withLabels(labels(spec.labels(), plan, options));
                cancellation.beginCreate("creating " + spec.name());
                try {
                    id = engine.createContainer(labelled);
                    created.containers.add(id);
                } finally {
                    cancellation.endCreate();
                }
                for (NetworkAttachment extra : spec.networks().subList(Math.min(1, spec.networks().size()),
                        spec.networks().size())) {
                    engine.connectNetwork(id, extra);
                }
            }
            run.containerIds.add(id);
            engine.startContainer(id);
            if (options.logDir() != null && logs != null) {
                // after the start: following a created container ends at once; the stream starts from the beginning
                try {
                    logs.follow(id, options.logDir().resolve(
                            (i == 0 ? run.name() : run.name() + "-" + (i + 1)) + ".log"));
                } catch (IOException e) {
                    events.warn("Cannot write the log of " + spec.name() + ": " + e.getMessage());
                }
            }
        }
        events.info("Started " + run.name());
    }

    /**
     * The engine connection broke mid-way: one message that says so (with the cause), after removing what was
     * created once the engine answers again (a few tries), or saying that it is left and who removes it.
     */
    private String afterLostConnection(StackPlan plan, Created created, EngineConnectionLostException e) {
        String head = "Stack " + plan.project() + " did not come up: " + e.getMessage() + ".\n";
        RuntimeException last = null;
        for (Duration pause : reconnect) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                rollback(plan, created);
                return head + (plan.disposable() ? "Once the engine answered again, everything the stack created was"
                        + " removed." : "Once the engine answered again, what this run created was removed; named"
                        + " volumes are kept.");
            } catch (RuntimeException again) {
                last = again;
            }
        }
        String why = last == null ? "" : " (" + last.getMessage() + ")";
        return head + "The engine did not answer again" + why + ", so what this run created is left: "
                + (plan.disposable() ? "the next stack:up on this engine removes it, or run `docker compose -p "
                + plan.project() + " down -v`." : "remove it with `docker compose -p " + plan.project() + " down`.");
    }

    private void rollback(StackPlan plan, Created created) {
        if (plan.disposable()) {
            new StackDown(engine, events).down(plan.project(), true, true);
            return;
        }
        created.containers.forEach(id -> engine.removeContainer(id, false));
        created.networks.forEach(engine::removeNetwork);
    }

    private static String failedDependencies(ServiceRun run, Map<String, ServiceRun> runs) {
        List<String> failed = new ArrayList<>();
        for (DependsOn d : run.plan.dependsOn()) {
            ServiceRun dep = runs.get(d.service());
            if (dep != null && d.required() && dep.future(d.condition()).isCompletedExceptionally()) {
                failed.add(d.service() + (switch (d.condition()) {
                    case STARTED -> " did not start";
                    case HEALTHY -> " did not become healthy";
                    case COMPLETED -> " did not complete successfully";
                }));
            }
        }
        return failed.isEmpty() ? "a dependency failed" : String.join(" and ", failed);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** What this run created, so a failed {@code up} can remove exactly that. */
    private static final class Created {
        final List<String> containers = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<String> networks = new ArrayList<>();
    }

    /** Some service failed; the report says which. */
    private static final class StackAbort extends StackException {
        private static final long serialVersionUID = 1L;

        StackAbort() {
            super("services failed");
        }
    }
}
