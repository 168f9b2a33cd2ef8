package io.github.stackmaven.stack.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Registry credentials from docker's {@code config.json}, looked up as the docker CLI does: a {@code credHelpers}
 * entry for the registry, else {@code credsStore}, runs that credential helper (whose answer is final);
 * without a helper, the {@code auths} entry ({@code auth} = base64 {@code user:password}, or
 * {@code username}/{@code password}, or {@code identitytoken}), matched on the exact key or on host[:port].
 */
public final class DockerConfigAuth {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final JsonNode config;
    private final Function<String, CredentialHelper> helpers;

    private DockerConfigAuth(Path file, JsonNode config, Function<String, CredentialHelper> helpers) {
        this.file = file;
        this.config = config;
        this.helpers = helpers;
    }

    /**
     * Reads {@code configJson}; a missing file means no credentials.
     * @param helpers makes the helper for a name ({@code desktop}, {@code ecr-login}), e.g.
     *                {@link ProcessCredentialHelper#onPath(String)}
     */
    public static DockerConfigAuth load(Path configJson, Function<String, CredentialHelper> helpers)
            throws CredentialsException {
        try {
            JsonNode node = JSON.readTree(Files.readString(configJson, StandardCharsets.UTF_8));
            return new DockerConfigAuth(configJson, node == null ? JSON.createObjectNode() : node, helpers);
        } catch (NoSuchFileException e) {
            return new DockerConfigAuth(configJson, JSON.createObjectNode(), helpers);
        } catch (IOException e) {
            throw new CredentialsException(configJson.toString(), "cannot read docker config: " + e.getMessage(), e);
        }
    }

    /** {@code $DOCKER_CONFIG/config.json}, else {@code ~/.docker/config.json}. */
    public static Path defaultLocation(Map<String, String> env, Path userHome) {
        String dir = env.get("DOCKER_CONFIG");
        return (dir != null && !dir.isBlank() ? Path.of(dir) : userHome.resolve(".docker")).resolve("config.json");
    }

    /** Credentials for a registry host as in an image reference ({@code docker.io}, {@code localhost:5000}). */
    public Optional<Credentials> lookup(String registryHost) throws CredentialsException {
        String key = RegistryKey.forHost(registryHost);
        Optional<String> helper = helperFor(key);
        if (helper.isPresent()) {
            return helpers.apply(helper.get()).get(key);
        }
        Optional<Map.Entry<String, JsonNode>> entry = find(config.path("auths"), key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        return fromAuthEntry(key, entry.get().getValue());
    }

    /**
     * Where {@link #lookup} gets a registry's credentials, for messages:
     * {@code docker-credential-desktop (credsStore in /home/me/.docker/config.json)} or the file itself.
     */
    public String sourceFor(String registryHost) {
        String key = RegistryKey.forHost(registryHost);
        Optional<String> helper = helperFor(key);
        if (helper.isEmpty()) {
            return file.toAbsolutePath().normalize().toString();
        }
        String kind = find(config.path("credHelpers"), key).isPresent() ? "credHelpers" : "credsStore";
        return "docker-credential-" + helper.get() + " (" + kind + " in " + file.toAbsolutePath().normalize() + ")";
    }

    private Optional<String> helperFor(String key) {
        Optional<String> perRegistry = find(config.path("credHelpers"), key).map(e -> e.getValue().asText(""))
                .filter(s -> !s.isEmpty());
        if (perRegistry.isPresent()) {
            return perRegistry;
        }
        String store = config.path("credsStore").asText("");
        return store.isEmpty() ? Optional.empty() : Optional.of(store);
    }

    /** The entry under exactly {@code key}, else the first whose key reduces to the same host[:port]. */
    private static Optional<Map.Entry<String, JsonNode>> find(JsonNode map, String key) {
        if (!map.isObject()) {
            return Optional.empty();
        }
        if (map.has(key)) {
            return Optional.of(Map.entry(key, map.get(key)));
        }
        String host = RegistryKey.normalize(key);
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (RegistryKey.normalize(e.getKey()).equals(host)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private Optional<Credentials> fromAuthEntry(String key, JsonNode entry) throws CredentialsException {
        String username = entry.path("username").asText("");
        String password = entry.path("password").asText("");
        String auth = entry.path("auth").asText("");
        if (!auth.isEmpty()) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new CredentialsException(key, "the 'auth' value in " + file + " is not base64");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new CredentialsException(key, "the 'auth' value in " + file + " is not base64 of user:password");
            }
            username = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        }
        String token = entry.path("identitytoken").asText("");
        if (!token.isEmpty()) {
            return Optional.of(Credentials.identityToken(key, username, token));
        }
        if (username.isEmpty() && password.isEmpty()) {
            return Optional.empty(); // "{}" placeholders that docker writes next to a credsStore
        }
        return Optional.of(Credentials.basic(key, username, password));
    }
}
