package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.compose.PullPolicy;
import io.github.stackmaven.stack.compose.PullPolicy.Kind;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.ImageNotFoundException;
import io.github.stackmaven.stack.engine.RegistryAuth;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.ImageBuildException;
import io.github.stackmaven.stack.images.BuildSessionMode;
import io.github.stackmaven.stack.images.ImageBuilder;
import io.github.stackmaven.stack.images.LayerProgress;
import io.github.stackmaven.stack.plan.ServicePlan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Makes sure every service's image is on the engine: services with {@code build:} are built when their image is
 * missing (always, with {@code pull_policy: build}), in an order where an image another build starts {@code FROM}
 * comes first; other missing images are pulled in parallel, as {@code pull_policy} asks. Builds go through BuildKit
 * sessions as {@code stack:build}'s do ({@link BuildSessionMode#AUTO}, a tar upload where the engine has none),
 * which also serve {@code build.secrets}; the sessions are closed when the builds are done.
 */
final class ImagePuller {
    private final EngineClient engine;
    private final EventSink events;

    private final java.util.concurrent.Executor executor;
    private BuildSessionMode sessionMode = BuildSessionMode.AUTO;
    private java.util.function.Function<String, Optional<RegistryAuth>> auth = host -> Optional.empty();

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
     * How builds reach the engine ({@code stack.buildSession}) and the credentials a session build's base image
     * pulls use.
     */
    ImagePuller withBuildSessions(BuildSessionMode mode,
                                  java.util.function.Function<String, Optional<RegistryAuth>> registryAuth) {
        this.sessionMode = mode;
        this.auth = registryAuth;
        return this;
    }

    /**
     * @param buildAlways rebuild every {@code build:} image even when the engine has it (compose's {@code up --build})
     * @param pullAlways  pull every other image even when the engine has it (compose's {@code up --pull always});
     *                    {@code pull_policy: never} still wins
     */
    void ensure(List<ServicePlan> services, boolean buildAlways, boolean pullAlways) {
        List<ServicePlan> builds = new ArrayList<>();
        for (ServicePlan s : services) {
            if (s.build() != null && (buildAlways || s.pullPolicy().is(Kind.BUILD) || !engine.imageExists(s.image()))) {
                builds.add(s);
            }
        }
        build(BuildOrder.sort(builds));
        Map<String, ServicePlan> toPull = new LinkedHashMap<>();
        for (ServicePlan s : services) {
            if (s.build() != null) {
                continue;
            }
            PullPolicy policy = s.pullPolicy();
            if (pullAlways && !policy.is(Kind.NEVER) && !policy.is(Kind.BUILD)) {
                policy = PullPolicy.ALWAYS;
            }
            boolean present = !policy.is(Kind.ALWAYS) && engine.imageExists(s.image());
            if (present) {
                continue;
            }
            if (policy.is(Kind.NEVER) || policy.is(Kind.BUILD)) {
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

    /**
     * One builder for the builds without secrets (one session per context, reused across services); a builder of
     * its own for each build with secrets, whose session serves only that service's. All closed at the end.
     */
    private void build(List<ServicePlan> ordered) {
        List<ImageBuilder> builders = new ArrayList<>();
        ImageBuilder shared = null;
        try {
            for (ServicePlan s : ordered) {
                Map<String, byte[]> secrets = BuildSecretValues.read(s);
                if (!secrets.isEmpty() && sessionMode == BuildSessionMode.NEVER) {
                    throw new StackException("Service " + s.name() + ": the build secrets " + String.join(", ",
                            secrets.keySet()) + " need a BuildKit session, and stack.buildSession is never: set"
                            + " -Dstack.buildSession=auto (or drop build.secrets)");
                }
                ImageBuilder builder;
                if (secrets.isEmpty()) {
                    if (shared == null) {
                        shared = new ImageBuilder(engine, events).withSessions(sessionMode, Map.of(), auth);
                        builders.add(shared);
                    }
                    builder = shared;
                } else {
                    builder = new ImageBuilder(engine, events).withSessions(sessionMode, secrets, auth);
                    builders.add(builder);
                }
                events.info("Building " + s.image() + " for " + s.name());
                try {
                    // the build's progress as stack:build prints it, so a long first build is not silence
                    builder.build(s.build(), line -> events.info(s.name() + " build: " + line));
                } catch (ImageBuildException e) {
                    throw new StackException("Service " + s.name() + ": " + e.getMessage(), e);
                }
            }
        } finally {
            builders.forEach(ImageBuilder::closeSessions);
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
