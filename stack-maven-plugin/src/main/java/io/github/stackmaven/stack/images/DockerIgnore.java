package io.github.stackmaven.stack.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The exclusion rules of a build context, read and matched exactly as the docker CLI does
 * (moby {@code patternmatcher} and {@code ignorefile.ReadAll}): comments, trimming, {@code filepath.Clean},
 * a leading '/' dropped, {@code !} exceptions where the last matching pattern wins, and a pattern that matches
 * a directory excluding everything under it.
 */
public final class DockerIgnore {

    public static final String FILE_NAME = ".dockerignore";

    private static final DockerIgnore NONE = new DockerIgnore(List.of(), List.of());

    private final List<String> entries;
    private final List<IgnorePattern> patterns;

    private DockerIgnore(List<String> entries, List<IgnorePattern> patterns) {
        this.entries = entries;
        this.patterns = patterns;
    }

    public static DockerIgnore none() {
        return NONE;
    }

    /** Reads {@code <contextDir>/.dockerignore}; no file means nothing is excluded. */
    public static DockerIgnore read(Path contextDir) throws IOException, InvalidIgnorePatternException {
        try {
            return parse(Files.readString(contextDir.resolve(FILE_NAME), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return NONE;
        }
    }

    /** Parses the text of a .dockerignore file ({@code ignorefile.ReadAll} rules). */
    public static DockerIgnore parse(String text) throws InvalidIgnorePatternException {
        return new IgnoreFileReader(text).read();
    }

    /** Patterns as {@code ReadAll} returns them; each is trimmed and cleaned again, a leading "/" is kept. */
    public static DockerIgnore of(List<String> patterns) throws InvalidIgnorePatternException {
        return of(patterns, null);
    }

    static DockerIgnore of(List<String> entries, int[] lines) throws InvalidIgnorePatternException {
        List<IgnorePattern> compiled = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            IgnorePattern p = IgnorePattern.compile(entries.get(i), lines == null ? 0 : lines[i]);
            if (p != null) {
                compiled.add(p);
            }
        }
        return new DockerIgnore(List.copyOf(entries), Collections.unmodifiableList(compiled));
    }

    /** The entries as read (what the docker CLI would send to the daemon's matcher). */
    public List<String> patterns() {
        return entries;
    }

    /** Whether any pattern is an exception ({@code !path}). */
    public boolean hasExceptions() {
        return patterns.stream().anyMatch(IgnorePattern::isException);
    }

    /**
     * Whether a context-relative, '/'-separated path is left out: the path or one of its parent directories
     * matches, and no later exception matches (moby {@code MatchesOrParentMatches}). "." is never excluded.
     */
    public boolean isExcluded(String path) {
        String file = GoPath.clean(path);
        if (file.equals(".")) {
            return false;
        }
        return match(file, null).excluded();
    }

    /**
     * The rules with the Dockerfile and .dockerignore re-included when they are excluded, as the docker CLI does
     * ({@code TrimBuildFilesFromExcludes}): the daemon needs both even when the user ignores them.
     * A null {@code dockerfile} means it does not come from the context (only .dockerignore is kept).
     */
    public DockerIgnore keepingBuildFiles(String dockerfile) {
        List<String> kept = new ArrayList<>(entries);
        try {
            if (legacyMatches(FILE_NAME)) {
                kept.add("!" + FILE_NAME);
            }
            DockerIgnore withIgnoreFile = kept.size() == entries.size() ? this : of(kept);
            String df = dockerfile == null ? null : dockerfile.replace('\\', '/');
            if (df != null && withIgnoreFile.legacyMatches(df)) {
                kept.add("!" + df);
            }
            return kept.size() == entries.size() ? this : of(kept);
        } catch (InvalidIgnorePatternException e) {
            throw new IllegalArgumentException("Dockerfile path '" + dockerfile + "' is not usable as a pattern", e);
        }
    }

    /**
     * moby's {@code MatchesUsingParentResults}: matches a path given the result for its parent directory
     * (null when unknown, in which case parent directories are checked one by one).
     */
    public IgnoreMatch match(String path, IgnoreMatch parent) {
        boolean[] parentMatched = parent == null ? null : parent.perPattern();
        boolean[] perPattern = new boolean[patterns.size()];
        boolean excluded = false;
        for (int i = 0; i < patterns.size(); i++) {
            IgnorePattern pattern = patterns.get(i);
            boolean match = parentMatched != null && parentMatched[i];
            if (!match) {
                if (pattern.isException() != excluded) {
                    continue;
                }
                match = pattern.matches(path);
                if (!match && parentMatched == null) {
                    match = matchesAParent(pattern, path);
                }
            }
            perPattern[i] = match;
            if (match) {
                excluded = !pattern.isException();
            }
        }
        return new IgnoreMatch(excluded, perPattern);
    }

    private static boolean matchesAParent(IgnorePattern pattern, String path) {
        String parentPath = GoPath.dir(path);
        if (parentPath.equals(".")) {
            return false;
        }
        int slash = parentPath.indexOf('/');
        while (true) {
            String prefix = slash < 0 ? parentPath : parentPath.substring(0, slash);
            if (pattern.matches(prefix)) {
                return true;
            }
            if (slash < 0) {
                return false;
            }
            slash = parentPath.indexOf('/', slash + 1);
        }
    }

    /**
     * Whether the walk must still enter an excluded directory because an exception names something below it
     * (moby archive: an exception pattern whose text starts with {@code dir/}).
     */
    public boolean mayReincludeBelow(String dir) {
        String dirSlash = dir + "/";
        return patterns.stream().anyMatch(p -> p.isException() && (p.text() + "/").startsWith(dirSlash));
    }

    /** moby's deprecated {@code Matches} (checks one parent of the pattern's depth); the CLI uses it for build files. */
    boolean legacyMatches(String path) {
        String file = GoPath.clean(path);
        if (file.equals(".")) {
            return false;
        }
        String parentPath = GoPath.dir(file);
        List<String> parentDirs = GoPath.split(parentPath);
        boolean matched = false;
        for (IgnorePattern pattern : patterns) {
            if (pattern.isException() != matched) {
                continue;
            }
            boolean match = pattern.matches(file);
            if (!match && !parentPath.equals(".") && pattern.depth() <= parentDirs.size()) {
                match = pattern.matches(String.join("/", parentDirs.subList(0, pattern.depth())));
            }
            if (match) {
                matched = !pattern.isException();
            }
        }
        return matched;
    }

    @Override
    public String toString() {
        return "DockerIgnore" + patterns;
    }
}
