package io.github.stackmaven.stack.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the stack and image layers need from a container engine. The only implementation that talks to a real
 * engine lives in {@code engine.docker}; nothing outside that package sees docker-java.
 * <p>Removals are idempotent: removing what is already gone is not an error.
 */
public interface EngineClient extends AutoCloseable {

    /** The engine that answered, and the API version in use. */
    EngineInfo info();

    /** The time this client has waited for the engine (and callers for its containers), since it connected. */
    default EngineTime time() {
        return EngineTime.NONE;
    }

    /**
     * Containers (running or not) whose labels match every entry of {@code labels}; an entry whose value is null
     * only requires the label to be present.
     */
    List<ContainerSummary> listContainers(Map<String, String> labels);

    /** Networks whose labels match, as {@link #listContainers}. */
    List<Resource> listNetworks(Map<String, String> labels);

    /** Volumes whose labels match, as {@link #listContainers}. */
    List<Resource> listVolumes(Map<String, String> labels);

    boolean imageExists(String image);

    /**
     * Pulls an image, reporting every progress message (byte counts included); fails with
     * {@link ImageNotFoundException} when no registry has it.
     */
    void pullImage(String image, String platform, Consumer<LayerUpdate> progress);

    boolean networkExists(String name);

    void createNetwork(NetworkConfig spec);

    void removeNetwork(String name);

    boolean volumeExists(String name);

    void createVolume(VolumeConfig spec);

    void removeVolume(String name);

    /** Creates a container attached to its first network; returns its id. */
    String createContainer(ContainerSpec spec);

    /** Attaches a created container to a further network. */
    void connectNetwork(String containerId, NetworkAttachment attachment);

    void startContainer(String id);

    /**
     * Stops with the given grace period (zero kills at once; null uses the container's own {@code stop_grace_period});
     * a stopped or missing container is fine.
     */
    void stopContainer(String id, Duration timeout);

    /**
     * Removes a container by force; a missing container is fine. Anonymous volumes go with it only when
     * {@code withAnonymousVolumes} (test stacks), so a dev database in an image-declared volume survives.
     */
    void removeContainer(String id, boolean withAnonymousVolumes);

    ContainerState inspectContainer(String id);

    /** Published ports of a running container, as the engine bound them. */
    List<PublishedPort> publishedPorts(String id);

    /** The last {@code lines} lines of a container's output (stdout and stderr). */
    List<String> logTail(String id, int lines);

    /**
     * Streams a container's output to {@code sink}, blocking: the last {@code tail} lines (all when negative), then,
     * when {@code follow}, new lines until the container stops or the thread is interrupted.
     */
    void streamLogs(String id, int tail, boolean follow, Consumer<String> sink);

    /**
     * Follows a container's output from its start; each line goes to {@code sink}. The stream ends when the container
     * stops; close it to stop following earlier.
     */
    LogFollow followLogs(String id, Consumer<String> sink);

    /**
     * Sends a build (its context from {@link BuildRequest#tar()}) and reports its progress to {@code events} as it
     * arrives; returns the image id.
     *
     * @throws BuildFailedException when the build fails (a step, the Dockerfile, a base image), with the failing
     *                              step and its last output
     */
    String build(BuildRequest request, Consumer<BuildEvent> events);

    /**
     * Opens a BuildKit client session ({@code POST /session}) serving {@code spec}'s directories, secrets and
     * registry credentials; builds go through the returned session until it is closed.
     *
     * @throws BuildSessionRefusedException when the engine or this client has no sessions: build with a tar instead
     */
    default BuildSession openBuildSession(BuildSessionSpec spec) {
        throw new BuildSessionRefusedException("this engine client opens no build sessions");
    }

    /** True when the engine builds with BuildKit ({@code Builder-Version: 2} on {@code /_ping}, or build version 2 accepted). */
    boolean supportsBuildkit();

    @Override
    void close();

    /** A local image by id or name, or empty when the engine does not have it. */
    java.util.Optional<ImageInfo> inspectImage(String image);

    /** Gives a local image (id or name) a further name {@code repository:tag}, moving the tag if it exists. */
    void tagImage(String image, String repository, String tag);

    /**
     * Pushes {@code repository:tag} to its registry, reports its progress to {@code events} as it arrives and returns
     * the pushed manifest's digest. {@code auth} may be null (anonymous).
     *
     * @throws PushFailedException when the engine refuses the push or the registry fails it (credentials, quota,
     *                             a transient fault)
     * @throws EngineException     on transport failures, and when the engine has no such local image
     */
    String pushImage(String repository, String tag, RegistryAuth auth, Consumer<PushEvent> events);
}
