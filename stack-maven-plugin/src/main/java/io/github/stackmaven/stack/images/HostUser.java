package io.github.stackmaven.stack.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code UID}/{@code GID} build args a Dockerfile uses to create its user with the host user's ids, so that
 * files written to bind mounts in dev belong to the developer. Only on Linux: Docker Desktop maps ids itself.
 */
public final class HostUser {

    private HostUser() {
    }

    /** {@code UID} and {@code GID} of this process on Linux (from {@code /proc/self/status}); empty elsewhere. */
    public static Map<String, String> buildArgs() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Map.of();
        }
        try {
            return fromProcStatus(Files.readString(Path.of("/proc/self/status"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** Reads the effective ids from the {@code Uid:} and {@code Gid:} lines (real, effective, saved, fs). */
    static Map<String, String> fromProcStatus(String status) {
        Map<String, String> args = new LinkedHashMap<>();
        effective(status, "Uid:").ifPresent(v -> args.put("UID", v));
        effective(status, "Gid:").ifPresent(v -> args.put("GID", v));
        return args.size() == 2 ? args : Map.of();
    }

    private static Optional<String> effective(String status, String key) {
        return status.lines().filter(l -> l.startsWith(key)).findFirst().map(l -> l.substring(key.length()).trim()
                .split("\\s+")).filter(f -> f.length >= 2 && f[1].matches("\\d+")).map(f -> f[1]);
    }
}
