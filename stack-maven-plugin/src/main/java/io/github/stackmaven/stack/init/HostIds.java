package io.github.stackmaven.stack.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The numeric user and group id of this process, for {@code @{uid}} and {@code @{gid}}: from
 * {@code /proc/self/status} on Linux, from the JDK's {@code com.sun.security.auth.module.UnixSystem} on other
 * Unix systems, else {@code 1000} (Docker Desktop on Windows maps ids itself). Root stays {@code 0}: it is who
 * owns the checkout then.
 */
public record HostIds(String uid, String gid) {

    public static final HostIds FALLBACK = new HostIds("1000", "1000");

    public static HostIds current() {
        try {
            Optional<HostIds> ids = fromProcStatus(Files.readString(Path.of("/proc/self/status"),
                    StandardCharsets.UTF_8));
            if (ids.isPresent()) {
                return ids.get();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: try the JDK's Unix module below
        }
        try {
            Class<?> unix = Class.forName("com.sun.security.auth.module.UnixSystem");
            Object system = unix.getConstructor().newInstance();
            long uid = (long) unix.getMethod("getUid").invoke(system);
            long gid = (long) unix.getMethod("getGid").invoke(system);
            return new HostIds(Long.toString(uid), Long.toString(gid));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return FALLBACK;
        }
    }

    /** The effective ids from the {@code Uid:} and {@code Gid:} lines (real, effective, saved, fs). */
    static Optional<HostIds> fromProcStatus(String status) {
        Optional<String> uid = effective(status, "Uid:");
        Optional<String> gid = effective(status, "Gid:");
        return uid.isPresent() && gid.isPresent() ? Optional.of(new HostIds(uid.get(), gid.get())) : Optional.empty();
    }

    private static Optional<String> effective(String status, String key) {
        return status.lines().filter(l -> l.startsWith(key)).findFirst()
                .map(l -> l.substring(key.length()).trim().split("\\s+"))
                .filter(f -> f.length >= 2 && f[1].matches("\\d+")).map(f -> f[1]);
    }
}
