package io.github.stackmaven.stack.engine;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a BuildKit client session serves the engine while it builds.
 *
 * @param name      a name for the session, shown by the engine (the context directory's name)
 * @param sharedKey the same for every build of one context directory: BuildKit keeps the last transfer under it
 *                  and asks only for what changed since
 * @param dirs      the directories by the name the engine asks for ({@code context}, {@code dockerfile})
 * @param secrets   the build secrets by id ({@code RUN --mount=type=secret,id=...}); never logged
 * @param auth      registry credentials by registry host, for the base images the build pulls
 */
public record BuildSessionSpec(String name, String sharedKey, Map<String, SyncedDir> dirs,
                               Map<String, byte[]> secrets, Function<String, Optional<RegistryAuth>> auth) {

    public BuildSessionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sharedKey, "sharedKey");
        dirs = Map.copyOf(dirs);
        secrets = Map.copyOf(secrets);
        auth = auth == null ? host -> Optional.empty() : auth;
    }

    @Override
    public String toString() {
        return "BuildSessionSpec[name=" + name + ", dirs=" + dirs.keySet() + ", secrets=" + secrets.keySet() + "]";
    }
}
