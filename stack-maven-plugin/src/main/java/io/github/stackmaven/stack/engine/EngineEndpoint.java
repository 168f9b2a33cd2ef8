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

    /**
     * True when the engine is reached through a socket on this machine; false for tcp (and ssh) endpoints, which are
     * treated as remote engines whatever their address, as DESIGN.md section 5 says: published ports keep compose's
     * meaning and exported hosts name the engine's host (the CI lane over TLS on tcp://127.0.0.1:2376 checks both).
     */
    public boolean isLocal() {
        String scheme = host.getScheme();
        return "unix".equals(scheme) || "npipe".equals(scheme);
    }

    @Override
    public String toString() {
        return host + " (" + source + ")";
    }
}
