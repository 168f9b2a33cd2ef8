package io.github.stackmaven.stack.images;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A directory sent to the engine as an uncompressed tar build context, filtered like the docker CLI does:
 * .dockerignore applies (with its directory and exception rules), the Dockerfile and .dockerignore are always
 * sent, entries come in a fixed order (depth first, names sorted by bytes) with modes, symlinks and mtimes kept.
 */
public final class BuildContext {

    public static final String DEFAULT_DOCKERFILE = "Dockerfile";

    private final Path directory;
    private final DockerIgnore ignore;
    private final String dockerfile;
    private final byte[] inlineDockerfile;

    private BuildContext(Path directory, DockerIgnore ignore, String dockerfile, byte[] inlineDockerfile) {
        this.directory = directory;
        this.ignore = ignore;
        this.dockerfile = dockerfile;
        this.inlineDockerfile = inlineDockerfile;
    }

    /** The directory with its own .dockerignore and {@code Dockerfile}. */
    public static BuildContext of(Path directory) throws IOException, InvalidIgnorePatternException {
        return new BuildContext(directory, DockerIgnore.read(directory), DEFAULT_DOCKERFILE, null);
    }

    /** Another Dockerfile inside the context, as a context-relative '/'-separated path. */
    public BuildContext withDockerfile(String relativePath) {
        return new BuildContext(directory, ignore, Objects.requireNonNull(relativePath), null);
    }

    /**
     * A Dockerfile that is not in the context directory (or is generated): it is added to the tar under a name
     * derived from its content, which {@link #dockerfileName()} returns.
     */
    public BuildContext withInlineDockerfile(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new BuildContext(directory, ignore, InlineDockerfile.nameFor(bytes), bytes);
    }

    /** Other ignore rules than the directory's .dockerignore. */
    public BuildContext withIgnore(DockerIgnore rules) {
        return new BuildContext(directory, Objects.requireNonNull(rules), dockerfile, inlineDockerfile);
    }

    /** The value for the {@code dockerfile} parameter of {@code POST /build}. */
    public String dockerfileName() {
        return dockerfile;
    }

    public Path directory() {
        return directory;
    }

    /** The rules in effect: the .dockerignore plus the exceptions that keep the build files. */
    public DockerIgnore effectiveIgnore() {
        return inlineDockerfile == null ? ignore.keepingBuildFiles(dockerfile) : ignore.keepingBuildFiles(null);
    }

    /** Writes the tar to {@code out}, which is finished but left open. */
    public void writeTo(OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(new NonClosing(out), StandardCharsets.UTF_8.name());
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        tar.setAddPaxHeadersForNonAsciiNames(true);
        ContextEntryWriter writer = new ContextEntryWriter(tar);
        new ContextWalker(directory, effectiveIgnore()).walk(writer::write);
        if (inlineDockerfile != null) {
            InlineDockerfile.write(tar, dockerfile, inlineDockerfile);
        }
        tar.finish();
        tar.flush();
    }

    /** The context-relative names the tar will hold, in order (directories end with '/'). */
    public List<String> entryNames() throws IOException {
        List<String> names = new ArrayList<>();
        new ContextWalker(directory, effectiveIgnore()).walk(file -> names.add(file.tarName()));
        if (inlineDockerfile != null) {
            names.add(dockerfile);
        }
        return names;
    }

    /** Keeps the caller's stream open when the tar stream is finished. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
