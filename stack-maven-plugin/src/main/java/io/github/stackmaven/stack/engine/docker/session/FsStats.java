package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.docker.session.proto.Stat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** fsutil's {@code Stat} of one entry: the mode as Go's {@code os.FileMode}, the mtime in nanoseconds. */
final class FsStats {
    static final int GO_DIR = 1 << 31;
    static final int GO_SYMLINK = 1 << 27;
    static final int GO_SETUID = 1 << 23;
    static final int GO_SETGID = 1 << 22;
    static final int GO_STICKY = 1 << 20;

    private FsStats() {
    }

    static Stat of(String relative, Path file, BasicFileAttributes attrs) throws IOException {
        int unixMode;
        int uid = 0;
        int gid = 0;
        try {
            Map<String, Object> unix = Files.readAttributes(file, "unix:mode,uid,gid", LinkOption.NOFOLLOW_LINKS);
            unixMode = (Integer) unix.get("mode");
            uid = (Integer) unix.get("uid");
            gid = (Integer) unix.get("gid");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            unixMode = attrs.isDirectory() ? 0755 : Files.isExecutable(file) ? 0755 : 0644;
        }
        Stat.Builder stat = Stat.newBuilder()
                .setPath(relative)
                .setMode(goMode(unixMode, attrs))
                .setUid(uid)
                .setGid(gid)
                .setModTime(attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        if (attrs.isRegularFile()) {
            stat.setSize(attrs.size());
        }
        if (attrs.isSymbolicLink()) {
            stat.setLinkname(Files.readSymbolicLink(file).toString());
        }
        return stat.build();
    }

    static int goMode(int unixMode, BasicFileAttributes attrs) {
        int mode = unixMode & 0777;
        if ((unixMode & 04000) != 0) {
            mode |= GO_SETUID;
        }
        if ((unixMode & 02000) != 0) {
            mode |= GO_SETGID;
        }
        if ((unixMode & 01000) != 0) {
            mode |= GO_STICKY;
        }
        if (attrs.isDirectory()) {
            mode |= GO_DIR;
        } else if (attrs.isSymbolicLink()) {
            mode |= GO_SYMLINK;
        }
        return mode;
    }
}
