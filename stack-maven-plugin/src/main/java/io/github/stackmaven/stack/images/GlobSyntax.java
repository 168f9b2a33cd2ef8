package io.github.stackmaven.stack.images;

import java.util.Map;

/**
 * Syntax rules behind .dockerignore globs. Docker checks a pattern with Go's {@code filepath.Match}, then turns it
 * into a Go (RE2) regular expression; this class does the check and carries that RE2 text over to
 * {@link java.util.regex.Pattern} with RE2's meaning (a '[' inside a class is literal, ']' first in a class is
 * literal, POSIX {@code [:alpha:]} classes).
 */
final class GlobSyntax {

    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "Alnum"), Map.entry("alpha", "Alpha"), Map.entry("ascii", "ASCII"),
            Map.entry("blank", "Blank"), Map.entry("cntrl", "Cntrl"), Map.entry("digit", "Digit"),
            Map.entry("graph", "Graph"), Map.entry("lower", "Lower"), Map.entry("print", "Print"),
            Map.entry("punct", "Punct"), Map.entry("space", "Space"), Map.entry("upper", "Upper"),
            Map.entry("word", "w"), Map.entry("xdigit", "XDigit"));

    private GlobSyntax() {
    }

    /** Returns null when {@code filepath.Match} accepts the pattern, else what is wrong with it. */
    static String problem(String glob) {
        int i = 0;
        int n = glob.length();
        while (i < n) {
            char c = glob.charAt(i++);
            if (c == '\\') {
                if (i == n) {
                    return "ends with an unescaped '\\'";
                }
                i++;
            } else if (c == '[') {
                if (i < n && glob.charAt(i) == '^') {
                    i++;
                }
                int ranges = 0;
                while (true) {
                    if (i < n && glob.charAt(i) == ']' && ranges > 0) {
                        i++;
                        break;
                    }
                    i = classChar(glob, i);
                    if (i < 0) {
                        return "has a malformed character class (unclosed '[', empty class, or bad range)";
                    }
                    if (glob.charAt(i) == '-') {
                        i = classChar(glob, i + 1);
                        if (i < 0) {
                            return "has a malformed character class (unclosed '[', empty class, or bad range)";
                        }
                    }
                    ranges++;
                }
            }
        }
        return null;
    }

    /** Go's getEsc: one class character, returns the index after it, or -1; needs something to follow. */
    private static int classChar(String glob, int i) {
        int n = glob.length();
        if (i >= n || glob.charAt(i) == '-' || glob.charAt(i) == ']') {
            return -1;
        }
        if (glob.charAt(i) == '\\') {
            i++;
            if (i >= n) {
                return -1;
            }
        }
        i += Character.charCount(glob.codePointAt(i));
        return i < n ? i : -1;
    }

    /** RE2 text (without anchors) to the java.util.regex text with the same meaning. */
    static String re2ToJava(String re2) {
        StringBuilder out = new StringBuilder(re2.length() + 8);
        int i = 0;
        int n = re2.length();
        while (i < n) {
            char c = re2.charAt(i);
            if (c == '\\' && i + 1 < n) {
                out.append(c).append(re2.charAt(i + 1));
                i += 2;
            } else if (c == '[') {
                i = copyClass(re2, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int copyClass(String re2, int i, StringBuilder out) {
        int n = re2.length();
        out.append('[');
        i++;
        if (i < n && re2.charAt(i) == '^') {
            out.append('^');
            i++;
        }
        boolean first = true;
        while (i < n && (re2.charAt(i) != ']' || first)) {
            first = false;
            char c = re2.charAt(i);
            int posixEnd = c == '[' && i + 1 < n && re2.charAt(i + 1) == ':' ? re2.indexOf(":]", i + 2) : -1;
            if (posixEnd > 0) {
                String name = re2.substring(i + 2, posixEnd);
                boolean negated = name.startsWith("^");
                String javaName = POSIX.get(negated ? name.substring(1) : name);
                if (javaName != null && javaName.equals("w")) {
                    out.append(negated ? "\\W" : "\\w");
                    i = posixEnd + 2;
                    continue;
                }
                if (javaName != null) {
                    out.append(negated ? "\\P{" : "\\p{").append(javaName).append('}');
                    i = posixEnd + 2;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < n) {
                out.append(c).append(re2.charAt(i + 1));
                i += 2;
            } else {
                if (c == '[' || c == '&' || c == ']') {
                    out.append('\\');
                }
                out.append(c);
                i++;
            }
        }
        if (i < n) {
            out.append(']');
            i++;
        }
        return i;
    }
}
