package io.github.stackmaven.stack.engine.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Everything engine discovery reads from the outside world, injected so that tests are hermetic.
 *
 * @param explicitHost a host the build configured ({@code stack.dockerHost}); wins over everything; may be null
 * @param environment  the process environment (DOCKER_HOST, DOCKER_CONTEXT, DOCKER_CONFIG, XDG_RUNTIME_DIR, ...)
 * @param userHome     the user's home directory
 * @param uid          the numeric user id on Unix, empty elsewhere
 * @param windows      true on Windows (named pipes instead of sockets)
 */
public record DiscoveryContext(String explicitHost, Map<String, String> environment, Path userHome, OptionalInt uid,
                               boolean windows) {

    public DiscoveryContext {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(userHome, "userHome");
        Objects.requireNonNull(uid, "uid");
    }

    /** The real process environment of this JVM. */
    public static DiscoveryContext ofSystem(String explicitHost) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return new DiscoveryContext(explicitHost, System.getenv(), Path.of(System.getProperty("user.home")), currentUid(),
                windows);
    }

    public String env(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** {@code $DOCKER_CONFIG}, else {@code ~/.docker}. */
    public Path dockerConfigDir() {
        String dir = env("DOCKER_CONFIG");
        return dir != null ? Path.of(dir) : userHome.resolve(".docker");
    }

    private static OptionalInt currentUid() {
        try {
            Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            return uid instanceof Integer i ? OptionalInt.of(i) : OptionalInt.empty();
        } catch (Exception | LinkageError e) {
            return OptionalInt.empty();
        }
    }
}
