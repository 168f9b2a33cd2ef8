package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.event.EventSink;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds and pushes a project's images, for any build tool: the {@code build} and {@code push} goals are one
 * call each. Failures are typed: {@link ImageServiceException} for the images, {@link EngineUnavailableException}
 * and {@link EngineFaultException} for the engine, as {@link StackService} throws them.
 */
public final class ImageService {

    private final Supplier<EngineClient> engine;

    /** @param engine the engine, connected when first asked; the caller closes it */
    public ImageService(Supplier<EngineClient> engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The build's engine connection of {@code session} (the engine {@code dockerHost} names, or discovery's). */
    public ImageService(StackSession session, String dockerHost, EventSink events) {
        this(() -> session.engine(dockerHost, events));
    }

    /**
     * Builds the configured Dockerfile targets in order, each tagged by the tag rules, and lists them in
     * {@link ImageSettings#imagesJson()}.
     */
    public BuildResult build(ImageSettings settings) throws ImageSettingsException, ImageBuildFailedException,
            ImageFilesException, StackServiceException {
        if (!settings.classic() && !"never".equalsIgnoreCase(String.valueOf(settings.buildSession()).trim())) {
            io.github.stackmaven.stack.engine.docker.DockerEngineConnector.warmUpBuildSessions();
        }
        EngineAhead connecting = EngineAhead.connect(engine);
        try {
            return new ImageBuild(settings, connecting::get).run();
        } catch (EngineException e) {
            throw Engines.translate(e);
        } finally {
            connecting.settle();
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
