package io.github.stackmaven.stack.engine.discovery;

import io.github.stackmaven.stack.engine.EngineEndpoint;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides where to look for an engine, in the order the docker CLI and its alternatives use:
 * <ol>
 *   <li>the build's explicit {@code stack.dockerHost};</li>
 *   <li>{@code DOCKER_HOST} (with {@code DOCKER_TLS_VERIFY}/{@code DOCKER_CERT_PATH} for tcp);</li>
 *   <li>the current docker context ({@code DOCKER_CONTEXT} or {@code currentContext} in {@code config.json});</li>
 *   <li>well-known sockets: rootful and rootless Docker, Docker Desktop, Podman, Colima, Rancher Desktop, OrbStack.</li>
 * </ol>
 * The first three are a user's explicit choice: when one is set it is the only candidate, as with the docker CLI,
 * so a build never silently talks to a different engine than the one its user selected.
 */
public final class EngineLocator {

    /** The endpoints to try, in order, and whether the first is an explicit selection. */
    public record Candidates(List<EngineEndpoint> endpoints, boolean explicit) {
        public Candidates {
            endpoints = List.copyOf(endpoints);
        }
    }

    private EngineLocator() {
    }

    public static Candidates locate(DiscoveryContext ctx) {
        if (ctx.explicitHost() != null && !ctx.explicitHost().isBlank()) {
            return single(withTls(ctx, ctx.explicitHost().trim(), "stack.dockerHost"));
        }
        String dockerHost = ctx.env("DOCKER_HOST");
        if (dockerHost != null) {
            return single(withTls(ctx, dockerHost, "DOCKER_HOST"));
        }
        Optional<String[]> context = DockerContexts.selected(ctx);
        if (context.isPresent()) {
            return single(DockerContexts.endpoint(ctx, context.get()[0], context.get()[1]));
        }
        return new Candidates(wellKnown(ctx), false);
    }

    private static Candidates single(EngineEndpoint endpoint) {
        return new Candidates(List.of(endpoint), true);
    }

    private static EngineEndpoint withTls(DiscoveryContext ctx, String host, String source) {
        String verify = ctx.env("DOCKER_TLS_VERIFY");
        boolean tls = verify != null && !"0".equals(verify) && !"false".equalsIgnoreCase(verify);
        URI uri = DockerHosts.parse(host, source, tls);
        if (!tls || !"tcp".equals(uri.getScheme())) {
            return new EngineEndpoint(uri, source, null);
        }
        String certPath = ctx.env("DOCKER_CERT_PATH");
        Path certs = certPath != null ? Path.of(certPath) : ctx.dockerConfigDir();
        return new EngineEndpoint(uri, source + " with DOCKER_TLS_VERIFY", certs);
    }

    static List<EngineEndpoint> wellKnown(DiscoveryContext ctx) {
        if (ctx.windows()) {
            return List.of(
                    EngineEndpoint.of("npipe:////./pipe/docker_engine", "Docker Desktop"),
                    EngineEndpoint.of("npipe:////./pipe/podman-machine-default", "Podman machine"));
        }
        Path home = ctx.userHome();
        String xdg = ctx.env("XDG_RUNTIME_DIR");
        String run = ctx.uid().isPresent() ? "/run/user/" + ctx.uid().getAsInt() : null;
        Map<Path, String> sockets = new LinkedHashMap<>();
        sockets.put(Path.of("/var/run/docker.sock"), "Docker");
        if (xdg != null) {
            sockets.putIfAbsent(Path.of(xdg, "docker.sock"), "rootless Docker");
        }
        if (run != null) {
            sockets.putIfAbsent(Path.of(run, "docker.sock"), "rootless Docker");
        }
        sockets.putIfAbsent(home.resolve(".docker/run/docker.sock"), "Docker Desktop (macOS)");
        sockets.putIfAbsent(home.resolve(".docker/desktop/docker.sock"), "Docker Desktop (Linux)");
        if (xdg != null) {
            sockets.putIfAbsent(Path.of(xdg, "podman/podman.sock"), "rootless Podman");
        }
        if (run != null) {
            sockets.putIfAbsent(Path.of(run, "podman/podman.sock"), "rootless Podman");
        }
        sockets.putIfAbsent(Path.of("/run/podman/podman.sock"), "Podman");
        sockets.putIfAbsent(home.resolve(".colima/default/docker.sock"), "Colima");
        sockets.putIfAbsent(home.resolve(".colima/docker.sock"), "Colima (before 0.4)");
        sockets.putIfAbsent(home.resolve(".rd/docker.sock"), "Rancher Desktop");
        sockets.putIfAbsent(home.resolve(".orbstack/run/docker.sock"), "OrbStack");
        List<EngineEndpoint> endpoints = new ArrayList<>();
        sockets.forEach((path, name) -> endpoints.add(
                new EngineEndpoint(URI.create("unix://" + path.toAbsolutePath()), name + " socket", null)));
        return endpoints;
    }
}
