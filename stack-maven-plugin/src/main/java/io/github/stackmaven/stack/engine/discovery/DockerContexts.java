package io.github.stackmaven.stack.engine.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stackmaven.stack.engine.EngineEndpoint;
import io.github.stackmaven.stack.engine.EngineException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Reads docker CLI contexts: the selected context ({@code DOCKER_CONTEXT}, else {@code currentContext} in
 * {@code config.json}) and its endpoint from {@code contexts/meta/<sha256(name)>/meta.json}, with TLS material from
 * {@code contexts/tls/<sha256(name)>/docker} when present.
 */
final class DockerContexts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerContexts() {
    }

    /** The name of the selected context and where the selection came from, or empty for the default context. */
    static Optional<String[]> selected(DiscoveryContext ctx) {
        String fromEnv = ctx.env("DOCKER_CONTEXT");
        if (fromEnv != null) {
            return isDefault(fromEnv) ? Optional.empty() : Optional.of(new String[] {fromEnv, "DOCKER_CONTEXT"});
        }
        Path config = ctx.dockerConfigDir().resolve("config.json");
        if (!Files.isRegularFile(config)) {
            return Optional.empty();
        }
        try {
            JsonNode current = JSON.readTree(config.toFile()).path("currentContext");
            String name = current.isTextual() ? current.asText().trim() : "";
            return name.isEmpty() || isDefault(name) ? Optional.empty()
                    : Optional.of(new String[] {name, "currentContext in " + config});
        } catch (IOException e) {
            throw new EngineException(config + " is not valid JSON (" + e.getMessage()
                    + "); fix it or set DOCKER_HOST", e);
        }
    }

    /** The endpoint of a named context; fails with a clear message when the context does not exist. */
    static EngineEndpoint endpoint(DiscoveryContext ctx, String name, String selectedBy) {
        String id = sha256(name);
        Path meta = ctx.dockerConfigDir().resolve("contexts").resolve("meta").resolve(id).resolve("meta.json");
        String source = "docker context '" + name + "' (" + selectedBy + ")";
        if (!Files.isRegularFile(meta)) {
            throw new EngineException("The docker context '" + name + "' selected by " + selectedBy
                    + " does not exist (no " + meta + "); run `docker context use default` or set DOCKER_HOST");
        }
        try {
            JsonNode docker = JSON.readTree(meta.toFile()).path("Endpoints").path("docker");
            String host = docker.path("Host").asText("");
            if (host.isEmpty()) {
                throw new EngineException(meta + " has no Endpoints.docker.Host; fix the context '" + name
                        + "' or set DOCKER_HOST");
            }
            Path tls = ctx.dockerConfigDir().resolve("contexts").resolve("tls").resolve(id).resolve("docker");
            return new EngineEndpoint(java.net.URI.create(host), source, Files.isDirectory(tls) ? tls : null);
        } catch (IOException e) {
            throw new EngineException(meta + " is not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isDefault(String name) {
        return "default".equals(name);
    }

    static String sha256(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
