package io.github.stackmaven.stack.init;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which env files a project creates from which committed templates, and creating them: never over an existing
 * file, readable and writable by the owner only (mode 600) from the moment the file exists.
 */
public final class EnvFiles {

    /** The suffix of a template: {@code app.env.default} makes {@code app.env}. */
    public static final String TEMPLATE_SUFFIX = ".default";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private EnvFiles() {
    }

    /** One env file to create and its template, both absolute. */
    public record Pair(Path target, Path template) {
    }

    /** What happened to one pair. */
    public record Outcome(Pair pair, boolean created, int secrets) {
    }

    /**
     * The templates in {@code dir}: {@code .env.default} and every {@code *.env.default}, sorted by name (so
     * {@code .env} comes first).
     */
    public static List<Pair> discover(Path dir) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return pairs;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*" + TEMPLATE_SUFFIX)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                String target = name.substring(0, name.length() - TEMPLATE_SUFFIX.length());
                if (Files.isRegularFile(p) && (target.equals(".env") || target.endsWith(".env"))) {
                    pairs.add(new Pair(dir.resolve(target), p));
                }
            }
        }
        pairs.sort(Comparator.comparing(p -> p.target().getFileName().toString()));
        return pairs;
    }

    /**
     * Explicit pairs, {@code target=template} (or just {@code target}, whose template is
     * {@code target.default}), relative to {@code dir}.
     */
    public static List<Pair> parse(Path dir, List<String> specs) {
        Map<Path, Pair> pairs = new LinkedHashMap<>();
        for (String spec : specs) {
            String s = spec.trim();
            if (s.isEmpty()) {
                continue;
            }
            int eq = s.indexOf('=');
            String target = eq < 0 ? s : s.substring(0, eq).trim();
            String template = eq < 0 ? s + TEMPLATE_SUFFIX : s.substring(eq + 1).trim();
            if (target.isEmpty() || template.isEmpty()) {
                throw new IllegalArgumentException("'" + s + "' is not target=template, e.g. .env=example.env");
            }
            Path t = dir.resolve(target).normalize();
            pairs.put(t, new Pair(t, dir.resolve(template).normalize()));
        }
        return List.copyOf(pairs.values());
    }

    /**
     * Creates {@code pair.target()} from its template unless it exists (then nothing is read or written). The
     * file is created owner-only before anything is written to it.
     */
    public static Outcome create(Pair pair, EnvTemplate template) throws IOException {
        if (Files.exists(pair.target(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Outcome(pair, false, 0);
        }
        if (!Files.isRegularFile(pair.template())) {
            throw new NoSuchTemplateException(pair);
        }
        String text = Files.readString(pair.template(), StandardCharsets.UTF_8);
        EnvTemplate.Result result = template.render(text, pair.template().getFileName().toString());
        Path parent = pair.target().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            createOwnerOnly(pair.target());
        } catch (FileAlreadyExistsException e) {
            return new Outcome(pair, false, 0); // created by someone else in the meantime: theirs stays
        }
        try (OutputStream out = Files.newOutputStream(pair.target(), StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(result.text().getBytes(StandardCharsets.UTF_8));
        }
        return new Outcome(pair, true, result.secrets());
    }

    private static void createOwnerOnly(Path target) throws IOException {
        boolean posix = Files.getFileStore(target.toAbsolutePath().getParent()).supportsFileAttributeView("posix");
        if (posix) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            Files.createFile(target, attr);
            Files.setPosixFilePermissions(target, OWNER_ONLY); // the umask may have taken bits away, never added
        } else {
            Files.createFile(target);
            java.io.File f = target.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
    }

    /** Values from the running user and a {@link SecureRandom}. */
    public static EnvTemplate.Values systemValues() {
        SecureRandom random = new SecureRandom();
        HostIds ids = HostIds.current();
        return new EnvTemplate.Values() {
            @Override
            public String secret(int length) {
                return randomSecret(random, length);
            }

            @Override
            public String uid() {
                return ids.uid();
            }

            @Override
            public String gid() {
                return ids.gid();
            }
        };
    }

    static String randomSecret(java.util.Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** A configured template that does not exist. */
    public static final class NoSuchTemplateException extends IOException {
        private final transient Pair pair;

        NoSuchTemplateException(Pair pair) {
            super("template " + pair.template() + " not found");
            this.pair = pair;
        }

        public Pair pair() {
            return pair;
        }
    }
}
