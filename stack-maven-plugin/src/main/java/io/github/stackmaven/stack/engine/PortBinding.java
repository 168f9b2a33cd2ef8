package io.github.stackmaven.stack.engine;

/**
 * A container port to publish.
 *
 * @param hostIp   address to bind on the host; null or empty for every address
 * @param hostPort host port or range ({@code 8000-8010}), or null to let the engine choose one
 */
public record PortBinding(int containerPort, String protocol, String hostIp, String hostPort) {

    public String key() {
        return containerPort + "/" + protocol;
    }
}
