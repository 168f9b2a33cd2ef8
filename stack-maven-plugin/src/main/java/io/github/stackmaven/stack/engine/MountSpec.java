package io.github.stackmaven.stack.engine;

/**
 * A mount of a container.
 *
 * @param type      bind, volume or tmpfs
 * @param source    host path (bind), volume name (volume; null for an anonymous volume), null for tmpfs
 * @param tmpfsSize tmpfs size in bytes, 0 for the engine default
 * @param tmpfsMode tmpfs mode bits, 0 for the engine default
 * @param createHostPath for a bind: the engine creates a missing source directory (compose's short syntax)
 * @param selinux   for such a bind: the SELinux relabelling, {@code z} (shared) or {@code Z} (private), or null
 */
public record MountSpec(Type type, String source, String target, boolean readOnly, boolean noCopy,
                        long tmpfsSize, int tmpfsMode, boolean createHostPath, String selinux) {

    public enum Type { BIND, VOLUME, TMPFS }

    public static MountSpec bind(String source, String target, boolean readOnly) {
        return new MountSpec(Type.BIND, source, target, readOnly, false, 0, 0, false, null);
    }

    public static MountSpec volume(String name, String target, boolean readOnly) {
        return new MountSpec(Type.VOLUME, name, target, readOnly, false, 0, 0, false, null);
    }

    public static MountSpec tmpfs(String target, long size) {
        return new MountSpec(Type.TMPFS, null, target, false, false, size, 0, false, null);
    }
}
