package io.github.stackmaven.stack.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One place where a Docker-compatible engine may answer.
 *
 * @param host        {@code unix:///path}, {@code tcp://host:port} or {@code npipe:////./pipe/name}
 * @param source      where this candidate came from, in words a user recognises ("DOCKER_HOST", "docker context colima")
 * @param tlsCertPath directory with {@code ca.pem}, {@code cert.pem}, {@code key.pem}; null for plain connections
 */
public record EngineEndpoint(URI host, String source, Path tlsCertPath) {

    public EngineEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
    }

    public static EngineEndpoint of(String host, String source) {
        return new EngineEndpoint(URI.create(host), source, null);
    }

    public Optional<Path> tls() {
        return Optional.ofNullable(tlsCertPath);
    }

    /** The socket file for a {@code unix://} endpoint. */
    public Optional<Path> socketPath() {
        return "unix".equals(host.getScheme()) ? Optional.of(Path.of(host.getPath())) : Optional.empty();
    }

    /** True when the engine runs on this machine (a socket), false for tcp endpoints. */
    public boolean isLocal() {
        String scheme = host.getScheme();
        if ("unix".equals(scheme) || "npipe".equals(scheme)) {
            return true;
        }
        String h = host.getHost();
        return "localhost".equals(h) || "127.0.0.1".equals(h) || "::1".equals(h) || "[::1]".equals(h);
    }

    @Override
    public String toString() {
        return host + " (" + source + ")";
    }
}
