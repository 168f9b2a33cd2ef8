package io.github.stackmaven.stack.compose;

/**
 * A service volume in long syntax. {@code source} is null for anonymous volumes and tmpfs; bind sources are
 * absolute. Only the options block that matches the type is non-null, except {@code bind} on a volume whose
 * short syntax carried an SELinux label ({@code data:/x:Z}), which compose v2 keeps there.
 */
public record Mount(MountType type, String source, String target, boolean readOnly, String consistency,
        BindOptions bind, VolumeOptions volume, TmpfsOptions tmpfs) {

    /**
     * {@code bind:} options; {@code selinux} is z, Z or null. {@code createHostPath} is true where compose v2
     * sets it: short syntax ({@code ./d:/x}), or long syntax that says {@code create_host_path: true}.
     */
    public record BindOptions(String propagation, boolean createHostPath, String selinux, String recursive) {
    }

    /** {@code volume:} options; null when the long syntax has no {@code volume:} block (short syntax has one). */
    public record VolumeOptions(boolean nocopy, String subpath) {
    }

    /** {@code tmpfs:} options; size in bytes, mode as a number (from octal text). */
    public record TmpfsOptions(Long size, Integer mode) {
    }

    public boolean isAnonymous() {
        return type == MountType.VOLUME && (source == null || source.isEmpty());
    }
}
