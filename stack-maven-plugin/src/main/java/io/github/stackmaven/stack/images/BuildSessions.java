package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.BuildSession;
import io.github.stackmaven.stack.engine.BuildSessionRefusedException;
import io.github.stackmaven.stack.engine.BuildSessionSpec;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.RegistryAuth;
import io.github.stackmaven.stack.event.EventSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The build sessions of one build goal, one per context and Dockerfile directory, so that every target of a
 * Dockerfile is built in one session and later targets reuse the first one's transfer. A refusal is said once;
 * the builds then upload tars.
 */
final class BuildSessions implements AutoCloseable {

    /** An open session and the {@code dockerfile} parameter that names the Dockerfile in its directory. */
    record Open(BuildSession session, String dockerfile) {
    }

    private final EngineClient engine;
    private final EventSink events;
    private final Map<String, byte[]> secrets;
    private final Function<String, Optional<RegistryAuth>> auth;
    private final Map<String, Open> open = new LinkedHashMap<>();
    private final List<Path> temporary = new ArrayList<>();
    private boolean refused;

    BuildSessions(EngineClient engine, EventSink events, Map<String, byte[]> secrets,
                  Function<String, Optional<RegistryAuth>> auth) {
        this.engine = engine;
        this.events = events;
        this.secrets = Map.copyOf(secrets);
        this.auth = auth;
    }

    /** The session for this context and Dockerfile, opened on first use; empty once the engine refused one. */
    Optional<Open> sessionFor(BuildContext context, BuildRequest r) throws IOException {
        if (refused) {
            return Optional.empty();
        }
        Path root = context.directory().toAbsolutePath().normalize();
        Path dockerfileDir;
        String dockerfile;
        if (r.dockerfileInline() != null) {
            dockerfileDir = Files.createTempDirectory("stack-dockerfile");
            temporary.add(dockerfileDir);
            dockerfile = "Dockerfile";
            Files.writeString(dockerfileDir.resolve(dockerfile), r.dockerfileInline(), StandardCharsets.UTF_8);
        } else {
            Path file = root.resolve(context.dockerfileName()).normalize();
            dockerfileDir = file.getParent();
            dockerfile = file.getFileName().toString();
        }
        String key = root + "\0" + (r.dockerfileInline() == null ? dockerfileDir : r.dockerfileInline());
        Open existing = open.get(key);
        if (existing != null) {
            return Optional.of(existing);
        }
        BuildSessionSpec spec = new BuildSessionSpec(root.getFileName() == null ? "context"
                : root.getFileName().toString(), sha256(root.toString()),
                Map.of("context", new ContextDir(root, context.effectiveIgnore()),
                        "dockerfile", new ContextDir(dockerfileDir, DockerIgnore.none())), secrets, auth);
        try {
            Open session = new Open(engine.openBuildSession(spec), dockerfile);
            open.put(key, session);
            return Optional.of(session);
        } catch (BuildSessionRefusedException e) {
            refused = true;
            events.warn("No build session (" + e.getMessage() + "): sending the whole context as a tar instead");
            return Optional.empty();
        }
    }

    /** The ids of the build secrets, which only a session can serve. */
    java.util.Set<String> secretIds() {
        return new java.util.TreeSet<>(secrets.keySet());
    }

    @Override
    public void close() {
        open.values().forEach(o -> o.session().close());
        open.clear();
        for (Path dir : temporary) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary Dockerfile left behind harms nothing
            }
        }
        temporary.clear();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
