package io.github.stackmaven.stack.compose.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code .env} / {@code env_file} parser, with compose-go's {@code dotenv} rules: {@code export} prefix,
 * {@code KEY=value} or {@code KEY: value}, bare {@code KEY} taken from the lookup, unquoted values cut at
 * {@code " #"}, single quotes literal (only {@code \'}), double quotes with escapes and interpolation,
 * multi-line quoted values, and text after a closing quote starting the next statement.
 */
public final class Dotenv {

    private static final Pattern EXPORT = Pattern.compile("^export\\s+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:[abcfnrtv$\"\\\\]|0[0-9]{0,3})");

    private final String src;
    private final Function<String, String> lookup;
    private final Map<String, String> out;
    private int pos;

    private Dotenv(String src, Function<String, String> lookup, Map<String, String> out) {
        this.src = src.startsWith("\uFEFF") ? src.substring(1) : src;
        this.lookup = lookup;
        this.out = out;
    }

    /**
     * Parses {@code text}. Variables in unquoted and double-quoted values are interpolated: {@code lookup}
     * first, then the keys already parsed (those in {@code seed} and earlier lines). Bare names take their value
     * from {@code lookup} and are left out when it has none.
     *
     * @return the seed plus the parsed keys, in order
     * @throws DotenvException with a 1-based line number
     */
    public static Map<String, String> parse(String text, Function<String, String> lookup, Map<String, String> seed)
            throws DotenvException {
        Map<String, String> out = new LinkedHashMap<>(seed);
        new Dotenv(text, lookup, out).run();
        return out;
    }

    public static Map<String, String> parse(String text, Function<String, String> lookup) throws DotenvException {
        return parse(text, lookup, Map.of());
    }

    private void run() throws DotenvException {
        while (statementStart()) {
            int keyStart = pos;
            if (EXPORT.matcher(src.substring(pos, Math.min(src.length(), pos + 16))).find()) {
                pos += "export".length();
                skipSpaces();
                keyStart = pos;
            }
            String key = null;
            boolean inherited = true;
            for (; pos < src.length(); pos++) {
                char c = src.charAt(pos);
                if (isSpace(c)) {
                    continue;
                }
                if (c == '=' || c == ':' || c == '\n') {
                    key = src.substring(keyStart, pos);
                    inherited = c == '\n';
                    pos++;
                    break;
                }
                if (c != '_' && c != '.' && c != '-' && c != '[' && c != ']' && !Character.isLetterOrDigit(c)) {
                    // the text before the bad character may be a value whose "=" is missing: never quote it
                    throw new DotenvException(line(pos), "unexpected character \"" + c + "\" in a variable name"
                            + " (column " + column(pos) + "); a line must read NAME=value, with a name made of"
                            + " letters, digits, '_', '.', '-', '[' and ']'");
                }
            }
            if (key == null) {
                key = src.substring(keyStart); // a bare name on the last line, without newline
            }
            key = key.stripTrailing();
            if (key.contains(" ") || key.contains("\t")) {
                throw new DotenvException(line(keyStart), "key cannot contain a space");
            }
            if (inherited) {
                String value = lookup.apply(key);
                if (value != null) {
                    out.put(key, value);
                }
                continue;
            }
            skipSpaces();
            out.put(key, value(key));
        }
    }

    /** Moves to the next statement, skipping blank space and comment lines; false at the end. */
    private boolean statementStart() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                int eol = src.indexOf('\n', pos);
                pos = eol < 0 ? src.length() : eol;
            } else {
                return true;
            }
        }
        return false;
    }

    private String value(String key) throws DotenvException {
        char quote = pos < src.length() ? src.charAt(pos) : 0;
        if (quote != '"' && quote != '\'') {
            int eol = src.indexOf('\n', pos);
            String value = src.substring(pos, eol < 0 ? src.length() : eol);
            pos = eol < 0 ? src.length() : eol + 1;
            int comment = value.indexOf(" #");
            if (comment >= 0) {
                value = value.substring(0, comment);
            }
            return expand(value.stripTrailing(), key);
        }
        int start = pos;
        StringBuilder chars = new StringBuilder();
        boolean escape = false;
        for (int i = pos + 1; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c != quote) {
                if (!escape && c == '\\') {
                    escape = true;
                    continue;
                }
                if (escape) {
                    escape = false;
                    chars.append('\\');
                }
                chars.append(c);
                continue;
            }
            if (escape) {
                escape = false;
                chars.append(c);
                continue;
            }
            pos = i + 1;
            return quote == '"' ? expand(unescape(chars.toString()), key) : chars.toString();
        }
        // the value may be a secret: name the key and where the quote opened, never the text
        throw new DotenvException(line(start), key + ": unterminated quoted value (the " + quote
                + " at column " + column(start) + " is never closed); close it or escape it");
    }

    private String expand(String value, String key) throws DotenvException {
        try {
            return Template.substitute(value, name -> {
                String v = lookup.apply(name);
                return v != null ? v : out.get(name);
            }, name -> { });
        } catch (TemplateException e) {
            // a format error's message quotes the value, which may be a secret; a required variable's names
            // the variable and the message its author wrote for it
            String text = e.getMessage();
            throw new DotenvException(line(pos - 1), key + ": " + (text.startsWith("required variable ") ? text
                    : "invalid interpolation format in the value; write a literal $ as $$"));
        }
    }

    static String unescape(String value) {
        Matcher m = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String match = m.group();
            char c = match.charAt(1);
            String replacement = switch (c) {
                case 'a' -> "\u0007";
                case 'b' -> "\b";
                case 'f' -> "\f";
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case 'v' -> "\u000B";
                case '$' -> "$$";
                case '"' -> "\"";
                case '\\' -> "\\";
                case 'c' -> match;
                default -> octal(match);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code \0NNN}: compose-go rewrites it to Go's {@code \NNN} octal escape; when that is not a valid escape
     * (not three octal digits, or above 255) the rewritten text is kept.
     */
    private static String octal(String match) {
        String digits = match.substring(2);
        if (digits.length() == 3 && digits.chars().allMatch(d -> d >= '0' && d <= '7')) {
            int v = Integer.parseInt(digits, 8);
            if (v <= 255) {
                return String.valueOf((char) v);
            }
        }
        return "\\" + digits;
    }

    private void skipSpaces() {
        while (pos < src.length() && isSpace(src.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isSpace(char c) {
        return c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' || c == '\u0085' || c == '\u00A0';
    }

    private int column(int at) {
        return at - src.lastIndexOf('\n', at - 1);
    }

    private int line(int at) {
        int line = 1;
        for (int i = 0; i < Math.min(at, src.length()); i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
