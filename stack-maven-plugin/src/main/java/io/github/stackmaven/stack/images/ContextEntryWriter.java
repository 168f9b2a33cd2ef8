package io.github.stackmaven.stack.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Writes one context entry: regular file, directory or symlink, owned by 0:0 (as {@code docker build} sends it),
 * permission bits kept (including setuid/setgid/sticky where the file system reports them), mtime in seconds.
 */
final class ContextEntryWriter {

    private final TarArchiveOutputStream tar;

    ContextEntryWriter(TarArchiveOutputStream tar) {
        this.tar = tar;
    }

    void write(ContextFile file) throws IOException {
        TarArchiveEntry entry;
        if (file.attributes().isSymbolicLink()) {
            entry = new TarArchiveEntry(file.tarName(), TarConstants.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(file.path()).toString());
        } else {
            entry = new TarArchiveEntry(file.tarName(), file.attributes().isDirectory()
                    ? TarConstants.LF_DIR : TarConstants.LF_NORMAL);
            if (file.attributes().isRegularFile()) {
                entry.setSize(file.attributes().size());
            }
        }
        entry.setMode(mode(file));
        entry.setIds(0, 0);
        entry.setUserName("");
        entry.setGroupName("");
        long seconds = file.attributes().lastModifiedTime().to(TimeUnit.SECONDS);
        entry.setModTime(FileTime.from(seconds, TimeUnit.SECONDS));
        tar.putArchiveEntry(entry);
        if (file.attributes().isRegularFile()) {
            long size = file.attributes().size();
            try (InputStream in = Files.newInputStream(file.path())) {
                // a file that grows meanwhile (a log being written) is sent as it was when listed
                long copied = copy(in, size);
                if (copied != size) {
                    throw new IOException(file.path() + " shrank while the build context was written ("
                            + copied + " of " + size + " bytes); leave it out with .dockerignore");
                }
            }
        }
        tar.closeArchiveEntry();
    }

    private long copy(InputStream in, long size) throws IOException {
        byte[] buffer = new byte[8192];
        long copied = 0;
        while (copied < size) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, size - copied));
            if (n < 0) {
                break;
            }
            tar.write(buffer, 0, n);
            copied += n;
        }
        return copied;
    }

    /** The permission bits (07777) of a file, without following symlinks. */
    static int mode(ContextFile file) throws IOException {
        Path path = file.path();
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return ((Integer) mode) & 07777;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            if (file.attributes().isSymbolicLink()) {
                return 0777;
            }
            try {
                return fromPosix(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the docker CLI sends 0755 for everything (archive.chmodTarEntry)
                return 0755;
            }
        }
    }

    private static int fromPosix(Set<PosixFilePermission> permissions) {
        int mode = 0;
        for (PosixFilePermission p : permissions) {
            mode |= 1 << (8 - p.ordinal());
        }
        return mode;
    }
}
