package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.BuildSessionMode;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds and pushes a project's images, for any build tool: the {@code build} and {@code push} goals are one
 * call each. Failures are typed: {@link ImageServiceException} for the images, {@link EngineUnavailableException}
 * and {@link EngineFaultException} for the engine, as {@link StackService} throws them.
 */
public final class ImageService {

    private final Supplier<EngineClient> engine;
    private final Runnable connectAhead;

    /** @param engine the engine, connected when first asked; the caller closes it */
    public ImageService(Supplier<EngineClient> engine) {
        this(engine, () -> { });
    }

    /**
     * The build's engine connection of {@code session} (the engine {@code dockerHost} names, or discovery's),
     * connected ahead while the build reads its files.
     */
    public ImageService(StackSession session, String dockerHost, EventSink events) {
        this(() -> session.engine(dockerHost, events), () -> session.connectAhead(dockerHost));
    }

    private ImageService(Supplier<EngineClient> engine, Runnable connectAhead) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.connectAhead = connectAhead;
    }

    /**
     * Builds the configured Dockerfile targets in order, each tagged by the tag rules, and lists them in
     * {@link ImageSettings#imagesJson()}.
     */
    public BuildResult build(ImageSettings settings) throws ImageSettingsException, ImageBuildFailedException,
            ImageFilesException, StackServiceException {
        if (sessionLikely(settings)) {
            io.github.stackmaven.stack.engine.docker.DockerEngineConnector.warmUpBuildSessions();
        }
        connectAhead.run();
        try {
            return new ImageBuild(settings, engine).run();
        } catch (EngineException e) {
            throw Engines.translate(e);
        }
    }

    /** Whether the build will try a BuildKit session (an invalid mode is reported by the build itself). */
    private static boolean sessionLikely(ImageSettings settings) {
        if (settings.classic()) {
            return false;
        }
        try {
            return BuildSessionMode.parse(settings.buildSession()) == BuildSessionMode.AUTO;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Pushes the main image {@code build} listed, and the other targets asked for, under the push tags, with
     * credentials from the tool, then docker's config.json.
     */
    public PushResult push(ImageSettings settings) throws ImageSettingsException, ImagePushFailedException,
            ImageFilesException, StackServiceException, InterruptedException {
        try {
            return new ImagePush(settings, engine).run();
        } catch (EngineException e) {
            throw Engines.translate(e);
        }
    }
}
