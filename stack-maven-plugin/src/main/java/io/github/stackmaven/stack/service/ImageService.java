package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds and pushes a project's images, for any build tool: the {@code build} and {@code push} goals are one
 * call each. Failures are typed ({@link ImageServiceException}); an engine that cannot be reached surfaces as the
 * engine layer's own exception.
 */
public final class ImageService {

    private final Supplier<EngineClient> engine;

    /** @param engine the engine, connected when first asked; the caller closes it */
    public ImageService(Supplier<EngineClient> engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Builds the configured Dockerfile targets in order, each tagged by the tag rules, and lists them in
     * {@link ImageSettings#imagesJson()}.
     */
    public BuildResult build(ImageSettings settings)
            throws ImageSettingsException, ImageBuildFailedException, ImageFilesException {
        EngineAhead connecting = EngineAhead.connect(engine);
        try {
            return new ImageBuild(settings, connecting::get).run();
        } finally {
            connecting.settle();
        }
    }

    /**
     * Pushes the main image {@code build} listed, and the other targets asked for, under the push tags, with
     * credentials from the tool, then docker's config.json.
     */
    public PushResult push(ImageSettings settings)
            throws ImageSettingsException, ImagePushFailedException, ImageFilesException, InterruptedException {
        return new ImagePush(settings, engine).run();
    }
}
