package io.github.stackmaven.stack.engine;

/**
 * The engine answered before, and then the connection broke (reset, closed, refused): the engine restarted, its
 * socket went away, or the network dropped. Whatever was being done may be half done.
 */
public final class EngineConnectionLostException extends EngineException {
    private static final long serialVersionUID = 1L;

    /**
     * @param engine where the engine was, e.g. {@code unix:///var/run/docker.sock}
     * @param what   what was being done, e.g. {@code creating container shop-db-1}
     * @param reason the transport's reason, e.g. {@code SocketException: Connection reset}
     */
    public EngineConnectionLostException(String engine, String what, String reason, Throwable cause) {
        super("Lost the connection to the Docker engine at " + engine + " while " + what + " (" + reason + ")",
                cause);
    }
}
