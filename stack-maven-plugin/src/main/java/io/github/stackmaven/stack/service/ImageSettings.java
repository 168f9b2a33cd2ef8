package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.CredentialSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ImageService} needs to build and push a project's images, as any build tool can give it: the
 * project, the Dockerfile and its targets, build args and labels, tags and registry settings. The defaults are
 * those of the {@code build} and {@code push} goals.
 */
public interface ImageSettings {

    /** The project's directory: where git is asked for the revision and the tag at HEAD. */
    Path projectDirectory();

    /** The build's output directory ({@code target}); the built images are listed in {@code stack/images.json}. */
    Path outputDirectory();

    /** {@code <output>/stack/images.json}: written by {@code build}, read by {@code push}. */
    default Path imagesJson() {
        return outputDirectory().resolve("stack").resolve(ImagesJson.FILE_NAME);
    }

    /** The project version: the build tag, and {@code latest} or the version when pushing. */
    String projectVersion();

    /** The image title ({@code org.opencontainers.image.title}). */
    default String projectName() {
        return null;
    }

    /** The source URL ({@code org.opencontainers.image.source}), or null. */
    default String sourceUrl() {
        return null;
    }

    /** License names ({@code org.opencontainers.image.licenses}). */
    default List<String> licenses() {
        return List.of();
    }

    /** The image's {@code created} time; a reproducible build gives a fixed one. */
    default Instant created() {
        return Instant.now();
    }

    /** The image repository, e.g. {@code registry.example.com/team/app}. */
    String image();

    /** The Dockerfile targets (stages) to build, in order. */
    default List<String> targets() {
        return List.of("builder", "production");
    }

    /** The target tagged {@code <image>:<version>}. */
    default String mainTarget() {
        return "production";
    }

    /** The Dockerfile; it may live outside the context. */
    default Path dockerfile() {
        return context().resolve("Dockerfile");
    }

    /** The build context directory. */
    default Path context() {
        return projectDirectory();
    }

    /** Build args as configured; {@link #buildArgOverrides()} win, host UID/GID come first. */
    default Map<String, String> buildArgs() {
        return Map.of();
    }

    /** Build args given for this run only (on the command line), which win over {@link #buildArgs()}. */
    default Map<String, String> buildArgOverrides() {
        return Map.of();
    }

    /**
     * The tool property (not a build arg) that holds {@code value}, when exactly one does: the name a message can
     * point at to change a build arg the project passes on ({@code jdk.image}).
     */
    default Optional<String> propertyHolding(String value) {
        return Optional.empty();
    }

    /** Extra image labels; the {@code org.opencontainers.image.*} ones are set for you. */
    default Map<String, String> imageLabels() {
        return Map.of();
    }

    /** Labels for everything the plugin creates ({@code stack.labels}), checked already. */
    default Map<String, String> extraLabels() {
        return Map.of();
    }

    default boolean pull() {
        return false;
    }

    default boolean noCache() {
        return false;
    }

    /** The classic builder even where the engine has BuildKit. */
    default boolean classic() {
        return false;
    }

    /**
     * {@code auto} builds through a BuildKit client session where the engine has BuildKit (only changed files cross
     * the wire; build secrets; registry credentials for private base images), {@code never} uploads the context as
     * a tar every time.
     */
    default String buildSession() {
        return "auto";
    }

    /**
     * Build secrets for {@code RUN --mount=type=secret,id=<id>}: id to a file (relative to the project directory)
     * or {@code env:NAME}. They need a build session.
     */
    default Map<String, String> secrets() {
        return Map.of();
    }

    /** Tags to push instead of the version and git tag rule; empty keeps the rule. */
    default List<String> tags() {
        return List.of();
    }

    /** Built targets to push besides the main one. */
    default List<String> pushTargets() {
        return List.of();
    }

    /** The registry to push to ({@code host[:port]}); null for the registry part of {@link #image()}. */
    default String registry() {
        return null;
    }

    /** A registry that asks for credentials nobody gave fails the push instead of being skipped. */
    default boolean strict() {
        return false;
    }

    /** Attempts per image on transient registry faults. */
    default int attempts() {
        return 4;
    }

    /** The tool's own registry logins (settings.xml servers), asked before docker's config.json. */
    default ServerLogins serverLogins() {
        return ServerLogins.NONE;
    }

    /** The login to use for every registry ({@code stack.push.serverId}); null for the one named after the host. */
    default String serverId() {
        return null;
    }

    /** The tool's own registry credentials: {@link #serverLogins()} by {@link #serverId()} or registry host. */
    default CredentialSource credentials() {
        return ToolCredentials.of(serverLogins(), serverId());
    }

    /** The environment, for {@code DOCKER_CONFIG}. */
    default Map<String, String> environment() {
        return System.getenv();
    }

    /** The user's home, for {@code ~/.docker/config.json}. */
    default Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    /** Where progress goes. */
    default EventSink events() {
        return EventSink.NONE;
    }
}
