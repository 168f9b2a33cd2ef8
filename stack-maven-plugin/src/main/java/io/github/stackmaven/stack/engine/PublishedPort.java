package io.github.stackmaven.stack.engine;

/**
 * A container port and, where published, the host address and port it is reachable on.
 *
 * @param hostIp   host address the port is bound to; null when not published
 * @param hostPort host port; 0 when not published
 */
public record PublishedPort(int containerPort, String protocol, String hostIp, int hostPort) {

    public boolean isPublished() {
        return hostPort > 0;
    }

    @Override
    public String toString() {
        String target = containerPort + "/" + protocol;
        if (!isPublished()) {
            return target;
        }
        String ip = hostIp == null || hostIp.isEmpty() ? "0.0.0.0" : hostIp;
        String host = ip.contains(":") ? "[" + ip + "]" : ip;
        return host + ":" + hostPort + "->" + target;
    }
}
