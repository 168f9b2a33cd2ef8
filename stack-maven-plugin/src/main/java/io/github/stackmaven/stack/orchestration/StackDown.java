package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.Resource;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.plan.StackPlan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Removes a stack: its containers, then its networks, then (for disposable test and ci stacks, or when asked) its
 * named volumes. Only what this plugin created for the project <em>in the given environment</em> is touched: a
 * resource must carry the project label, a run id ({@code io.github.stackmaven.run}) and that environment's
 * {@code io.github.stackmaven.environment} label. So {@code down} of the test environment never removes a dev
 * stack that happens to share the project name, and external networks and volumes, or anything {@code docker
 * compose} itself started, are never removed.
 */
public final class StackDown {
    private final EngineClient engine;
    private final EventSink events;

    private final java.util.concurrent.Executor executor;

    public StackDown(EngineClient engine, EventSink events) {
        this(engine, events, java.util.concurrent.ForkJoinPool.commonPool());
    }

    /** @param executor where the containers are removed in parallel (the session's) */
    public StackDown(EngineClient engine, EventSink events, java.util.concurrent.Executor executor) {
        this.engine = engine;
        this.events = events;
        this.executor = executor;
    }

    /**
     * What one {@code down} did.
     *
     * @param containers        containers removed
     * @param keptVolumes       named volumes of a dev or prod stack left in place
     * @param otherEnvironments environments (or {@code "none"} for resources without the plugin's labels) of
     *                          containers of the same compose project that were left alone
     */
    public record Result(int containers, int networks, List<String> removedVolumes, List<String> keptVolumes,
                         Set<String> otherEnvironments) {

        public Result {
            removedVolumes = List.copyOf(removedVolumes);
            keptVolumes = List.copyOf(keptVolumes);
            otherEnvironments = Collections.unmodifiableSet(new TreeSet<>(otherEnvironments));
        }

        /** Nothing of the environment's stack was on the engine. */
        public boolean nothingFound() {
            return containers == 0 && networks == 0 && removedVolumes.isEmpty() && keptVolumes.isEmpty();
        }
    }

    /**
     * Removes {@code project}'s stack of {@code environment}. A test or ci stack goes at once, anonymous and named
     * volumes included; a dev or prod stack is stopped gracefully and its named volumes stay unless
     * {@code removeNamedVolumes}.
     */
    public Result down(String project, String environment, boolean removeNamedVolumes) {
        return down(project, StackPlan.isDisposable(environment), environment::equals, environment,
                removeNamedVolumes);
    }

    /**
     * Removes a disposable stack (a test or ci one) for the rollback of a failed {@code up} and the shutdown hook;
     * resources of a dev or prod stack of the same name are never touched.
     *
     * @param disposable    must be true: anything else keeps its old meaning of a graceful stop of whatever
     *                      non-disposable stack carries the name
     * @return how many containers were removed
     */
    public int down(String project, boolean disposable, boolean removeVolumes) {
        Predicate<String> environment = disposable ? StackPlan::isDisposable : e -> !StackPlan.isDisposable(e);
        return down(project, disposable, environment, "dev", removeVolumes).containers();
    }

    private Result down(String project, boolean disposable, Predicate<String> environment, String envName,
                        boolean removeNamed) {
        Predicate<Map<String, String>> ours = labels -> isOurs(labels, environment);
        Map<String, String> selector = Map.of(StackLabels.PROJECT, project);
        List<ContainerSummary> all = engine.listContainers(selector);
        List<ContainerSummary> containers = all.stream().filter(c -> ours.test(c.labels())).toList();
        Set<String> others = new TreeSet<>();
        all.stream().filter(c -> !ours.test(c.labels()))
                .map(c -> c.labels().get(StackLabels.RUN) == null ? "none"
                        : String.valueOf(c.labels().get(StackLabels.ENVIRONMENT)))
                .forEach(others::add);
        CompletableFuture<Void> removals = CompletableFuture.allOf(containers.stream()
                .map(c -> CompletableFuture.runAsync(() -> {
                    if (!disposable) {
                        engine.stopContainer(c.id(), null);
                    }
                    engine.removeContainer(c.id(), disposable);
                }, executor)).toArray(CompletableFuture[]::new));
        try {
            removals.join();
        } catch (java.util.concurrent.CompletionException e) {
            // the removal's own exception (an EngineException), as ImagePuller unwraps its pulls
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        List<Resource> networks = engine.listNetworks(selector).stream().filter(n -> ours.test(n.labels())).toList();
        networks.forEach(n -> engine.removeNetwork(n.name()));
        List<String> volumes = engine.listVolumes(selector).stream().filter(v -> ours.test(v.labels()))
                .map(Resource::name).toList();
        if (disposable || removeNamed) {
            volumes.forEach(engine::removeVolume);
            if (!volumes.isEmpty()) {
                String removed = "Removed volume(s) " + String.join(", ", volumes);
                if (removeNamed) {
                    events.info(removed + " (stack.removeVolumes)");
                } else {
                    events.debug(removed + " (a disposable stack keeps no data)");
                }
            }
            return new Result(containers.size(), networks.size(), volumes, List.of(), others);
        }
        if (!volumes.isEmpty()) {
            events.info("Kept volume(s) " + String.join(", ", volumes) + "; -Dstack.removeVolumes=true removes them"
                    + " (with -Dstack.environment=" + envName + " on the command line)");
        }
        return new Result(containers.size(), networks.size(), List.of(), volumes, others);
    }

    /** Created by this plugin (a run id) for an environment {@code environment} accepts. */
    static boolean isOurs(Map<String, String> labels, Predicate<String> environment) {
        String run = labels.get(StackLabels.RUN);
        String env = labels.get(StackLabels.ENVIRONMENT);
        return run != null && !run.isBlank() && env != null && environment.test(env);
    }
}
