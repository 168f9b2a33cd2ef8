package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.ImageNotFoundException;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.ImageBuildException;
import io.github.stackmaven.stack.images.ImageBuilder;
import io.github.stackmaven.stack.images.LayerProgress;
import io.github.stackmaven.stack.plan.ServicePlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Makes sure every service's image is on the engine: services with {@code build:} are built when their image is
 * missing (always, with {@code pull_policy: build}), in an order where an image another build starts {@code FROM}
 * comes first; other missing images are pulled in parallel, as {@code pull_policy} asks.
 */
final class ImagePuller {
    private final EngineClient engine;
    private final EventSink events;

    private final java.util.concurrent.Executor executor;

    ImagePuller(EngineClient engine, EventSink events) {
        this(engine, events, java.util.concurrent.ForkJoinPool.commonPool());
    }

    /** @param executor where the pulls run in parallel (the session's) */
    ImagePuller(EngineClient engine, EventSink events, java.util.concurrent.Executor executor) {
        this.engine = engine;
        this.events = events;
        this.executor = executor;
    }

    /**
     * @param buildAlways rebuild every {@code build:} image even when the engine has it (compose's {@code up --build})
     * @param pullAlways  pull every other image even when the engine has it (compose's {@code up --pull always});
     *                    {@code pull_policy: never} still wins
     */
    void ensure(List<ServicePlan> services, boolean buildAlways, boolean pullAlways) {
        List<ServicePlan> builds = new ArrayList<>();
        for (ServicePlan s : services) {
            if (s.build() != null && (buildAlways || "build".equals(s.pullPolicy()) || !engine.imageExists(s.image()))) {
                builds.add(s);
            }
        }
        ImageBuilder builder = new ImageBuilder(engine, events);
        for (ServicePlan s : BuildOrder.sort(builds)) {
            events.info("Building " + s.image() + " for " + s.name());
            try {
                // the build's progress as stack:build prints it, so a long first build is not silence
                builder.build(s.build(), line -> events.info(s.name() + " build: " + line));
            } catch (ImageBuildException e) {
                throw new StackException("Service " + s.name() + ": " + e.getMessage(), e);
            }
        }
        Map<String, ServicePlan> toPull = new LinkedHashMap<>();
        for (ServicePlan s : services) {
            if (s.build() != null) {
                continue;
            }
            String policy = s.pullPolicy() == null ? "missing" : s.pullPolicy();
            if (pullAlways && !"never".equals(policy) && !"build".equals(policy)) {
                policy = "always";
            }
            boolean present = !"always".equals(policy) && engine.imageExists(s.image());
            if (present) {
                continue;
            }
            if ("never".equals(policy) || "build".equals(policy)) {
                throw new StackException("Service " + s.name() + ": image " + s.image() + " is not on the engine and"
                        + " pull_policy is " + policy + "; build it first (mvn package, or a `build:` section)");
            }
            toPull.putIfAbsent(s.image(), s);
        }
        List<CompletableFuture<Void>> pulls = new ArrayList<>();
        toPull.forEach((image, s) -> pulls.add(CompletableFuture.runAsync(() -> pull(image, s), executor)));
        try {
            CompletableFuture.allOf(pulls.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private void pull(String image, ServicePlan s) {
        events.info("Pulling " + image + " for " + s.name());
        // bytes of the layers that take a while at info (LayerProgress), state changes at debug, the outcome at info
        LayerProgress layers = new LayerProgress(line -> events.info(s.name() + ": " + line),
                line -> events.debug(s.name() + " pull: " + line));
        try {
            engine.pullImage(image, null, u -> {
                if (!u.layer().isEmpty()) {
                    layers.update(u.layer(), u.status(), u.current(), u.total());
                } else if (u.status().startsWith("Digest:") || u.status().startsWith("Status:")) {
                    events.info(s.name() + ": " + u.status());
                } else {
                    events.debug(s.name() + " pull: " + u.status());
                }
            });
        } catch (ImageNotFoundException e) {
            throw new StackException("Service " + s.name() + ": " + e.getMessage() + ". Build it (a `build:` section"
                    + " in the compose file), pull or load it by hand, or point the service at another image with an"
                    + " overlay file or a variable such as ${IMAGE:-" + image + "}", e);
        }
    }
}
