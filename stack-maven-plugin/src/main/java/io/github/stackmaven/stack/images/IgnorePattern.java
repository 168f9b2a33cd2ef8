package io.github.stackmaven.stack.images;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One .dockerignore pattern, compiled the way moby's patternmatcher does: plain text is compared exactly,
 * a trailing {@code **} becomes a prefix test, a leading {@code **} a suffix test, anything else a regular
 * expression in which {@code *} and {@code ?} never cross '/', and {@code **} crosses any number of directories.
 */
final class IgnorePattern {

    private enum Type { EXACT, PREFIX, SUFFIX, REGEX }

    private final String cleaned;
    private final boolean exception;
    private final List<String> dirs;
    private final Type type;
    private final Pattern regex;

    private IgnorePattern(String cleaned, boolean exception, Type type, Pattern regex) {
        this.cleaned = cleaned;
        this.exception = exception;
        this.dirs = GoPath.split(cleaned);
        this.type = type;
        this.regex = regex;
    }

    /** Compiles one entry as patternmatcher.New does; returns null for a blank entry. */
    static IgnorePattern compile(String raw, int line) throws InvalidIgnorePatternException {
        String p = GoPath.trimSpace(raw);
        if (p.isEmpty()) {
            return null;
        }
        p = GoPath.clean(p);
        boolean exception = p.charAt(0) == '!';
        if (exception) {
            if (p.length() == 1) {
                throw new InvalidIgnorePatternException(p, line, "is an exception ('!') without a path");
            }
            p = p.substring(1);
        }
        String problem = GlobSyntax.problem(p);
        if (problem != null) {
            throw new InvalidIgnorePatternException(p, line, problem);
        }
        StringBuilder re2 = new StringBuilder();
        Type type = Type.EXACT;
        int n = p.length();
        for (int i = 0; i < n; ) {
            boolean atStart = i == 0;
            char c = p.charAt(i++);
            if (c == '*' && i < n && p.charAt(i) == '*') {
                i++;
                if (i < n && p.charAt(i) == '/') {
                    i++;
                }
                if (i == n) {
                    if (type == Type.EXACT) {
                        type = Type.PREFIX;
                    } else {
                        re2.append(".*");
                        type = Type.REGEX;
                    }
                } else {
                    re2.append("(.*/)?");
                    type = Type.REGEX;
                }
                if (atStart) {
                    type = Type.SUFFIX;
                }
            } else if (c == '*') {
                re2.append("[^/]*");
                type = Type.REGEX;
            } else if (c == '?') {
                re2.append("[^/]");
                type = Type.REGEX;
            } else if (".+()|{}$".indexOf(c) >= 0) {
                re2.append('\\').append(c);
            } else if (c == '\\') {
                if (i < n) {
                    re2.append('\\').append(p.charAt(i++));
                    type = Type.REGEX;
                } else {
                    re2.append('\\');
                }
            } else if (c == '[' || c == ']') {
                re2.append(c);
                type = Type.REGEX;
            } else {
                re2.append(c);
            }
        }
        Pattern regex = null;
        if (type == Type.REGEX) {
            try {
                regex = Pattern.compile("^" + GlobSyntax.re2ToJava(re2.toString()) + "\\z", Pattern.UNIX_LINES);
            } catch (PatternSyntaxException e) {
                throw new InvalidIgnorePatternException(p, line, "is not a valid pattern: " + e.getDescription());
            }
        }
        return new IgnorePattern(p, exception, type, regex);
    }

    boolean matches(String path) {
        switch (type) {
            case EXACT:
                return path.equals(cleaned);
            case PREFIX:
                return path.startsWith(cleaned.substring(0, cleaned.length() - 2));
            case SUFFIX:
                String suffix = cleaned.substring(2);
                return path.endsWith(suffix) || suffix.startsWith("/") && path.equals(suffix.substring(1));
            default:
                return regex.matcher(path).find();
        }
    }

    boolean isException() {
        return exception;
    }

    /** The cleaned pattern without its '!'. */
    String text() {
        return cleaned;
    }

    /** Number of path elements in the pattern (for moby's legacy single-parent test). */
    int depth() {
        return dirs.size();
    }

    @Override
    public String toString() {
        return (exception ? "!" : "") + cleaned;
    }
}
