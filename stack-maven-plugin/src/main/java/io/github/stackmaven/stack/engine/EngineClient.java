package io.github.stackmaven.stack.engine;

import java.util.List;
import java.util.Map;

/**
 * What the stack and image layers need from a container engine. The only implementation that talks to a real
 * engine lives in {@code engine.docker}; nothing outside that package sees docker-java.
 */
public interface EngineClient extends AutoCloseable {

    /** The engine that answered, and the API version in use. */
    EngineInfo info();

    /**
     * Containers (running or not) whose labels match every entry of {@code labels}; an entry whose value is null
     * only requires the label to be present.
     */
    List<ContainerSummary> listContainers(Map<String, String> labels);

    @Override
    void close();
}
