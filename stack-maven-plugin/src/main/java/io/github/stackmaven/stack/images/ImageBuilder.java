package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.BuildFailedException;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineInfo;
import io.github.stackmaven.stack.event.EventSink;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Builds an image through the Engine API: the context as a tar honouring {@code .dockerignore}, BuildKit where the
 * engine has it (the classic builder otherwise, with a warning), progress as {@code --progress=plain} lines
 * ({@link io.github.stackmaven.stack.engine.BuildEvent#plainLine()}).
 */
public final class ImageBuilder {
    private final EngineClient engine;
    private final EventSink events;
    private Boolean buildkit;
    private BuildSessions sessions;

    public ImageBuilder(EngineClient engine, EventSink events) {
        this.engine = engine;
        this.events = events;
    }

    /** A builder that uses the classic builder even where the engine has BuildKit. */
    public static ImageBuilder classic(EngineClient engine, EventSink events) {
        ImageBuilder builder = new ImageBuilder(engine, events);
        builder.buildkit = false;
        events.info("Building with the classic builder (stack.build.classic): no cache mounts, no parallel stages");
        return builder;
    }

    /**
     * Builds through BuildKit client sessions where the engine has BuildKit ({@link BuildSessionMode#AUTO}): only
     * changed files cross the wire, and {@code secrets} serve {@code RUN --mount=type=secret}. Close the sessions
     * with {@link #closeSessions()} when the build goal is done.
     */
    public ImageBuilder withSessions(BuildSessionMode mode, java.util.Map<String, byte[]> secrets,
                                     java.util.function.Function<String, java.util.Optional<
                                             io.github.stackmaven.stack.engine.RegistryAuth>> auth) {
        closeSessions();
        sessions = mode == BuildSessionMode.AUTO ? new BuildSessions(engine, events, secrets, auth) : null;
        return this;
    }

    /** Closes the sessions opened so far; later builds open new ones. */
    public void closeSessions() {
        if (sessions != null) {
            sessions.close();
        }
    }

    /** Builds and returns the image id; progress lines go to {@code progress}. */
    public String build(BuildRequest r, Consumer<String> progress) throws ImageBuildException {
        BuildContext context;
        try {
            context = BuildContext.of(r.context());
        } catch (IOException e) {
            throw new ImageBuildException(null, "cannot read the build context " + r.context() + ": "
                    + e.getMessage(), java.util.List.of());
        } catch (InvalidIgnorePatternException e) {
            throw new ImageBuildException(null, e.getMessage(), java.util.List.of());
        }
        if (r.dockerfileInline() != null) {
            context = context.withInlineDockerfile(r.dockerfileInline());
        } else if (r.dockerfile() != null) {
            context = context.withDockerfile(r.dockerfile());
        }
        if (sessions != null && buildkit()) {
            java.util.Optional<BuildSessions.Open> open;
            try {
                open = sessions.sessionFor(context, r);
            } catch (IOException e) {
                throw new ImageBuildException(null, "cannot prepare the build session for " + r.context() + ": "
                        + e.getMessage(), java.util.List.of());
            }
            if (open.isPresent()) {
                return buildInSession(open.get(), r, progress);
            }
        }
        if (sessions != null && !sessions.secretIds().isEmpty()) {
            // RUN --mount=type=secret without its secret would build a broken image, or one without what it needs
            throw new ImageBuildException(null, "the build secrets " + String.join(", ", sessions.secretIds())
                    + " need a BuildKit session, and " + (buildkit() ? "the engine refused one (see the warning above)"
                    : "this engine has no BuildKit") + "; build on an engine with BuildKit sessions (Docker 23 or"
                    + " later) or drop <secrets>", java.util.List.of());
        }
        BuildContext tar = context;
        try {
            return engine.build(r.toBuilder().tar(tar::writeTo).dockerfile(tar.dockerfileName()).buildkit(buildkit())
                    .build(), event -> progress.accept(event.plainLine()));
        } catch (BuildFailedException e) {
            throw new ImageBuildException(e.step(), e.error(), e.lastLogLines());
        }
    }

    private String buildInSession(BuildSessions.Open open, BuildRequest r, Consumer<String> progress)
            throws ImageBuildException {
        long bytes = open.session().bytesSent();
        long files = open.session().filesSent();
        try {
            return open.session().build(r.toBuilder().tar(null).dockerfile(open.dockerfile()).buildkit(true).build(),
                    event -> progress.accept(event.plainLine()));
        } catch (BuildFailedException e) {
            throw new ImageBuildException(e.step(), e.error(), e.lastLogLines());
        } finally {
            events.info("Build session: sent " + (open.session().filesSent() - files) + " changed file(s), "
                    + (open.session().bytesSent() - bytes) + " bytes of context");
        }
    }

    private boolean buildkit() {
        if (buildkit == null) {
            buildkit = engine.supportsBuildkit();
            if (!buildkit) {
                EngineInfo info = engine.info();
                events.warn("The engine " + info.product() + " " + info.version() + " has no BuildKit; " + (info.isPodman()
                        ? "building with Podman's own builder (Buildah: cache mounts work; its progress is step output,"
                        + " not BuildKit's)"
                        : "building with the classic builder (no cache mounts, no parallel stages)"));
            }
        }
        return buildkit;
    }
}
