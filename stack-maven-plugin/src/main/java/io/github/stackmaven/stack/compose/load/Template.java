package io.github.stackmaven.stack.compose.load;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compose's interpolation grammar (compose-go {@code template}): {@code $$}, {@code $VAR}, {@code ${VAR}} and
 * {@code ${VAR:-d} ${VAR-d} ${VAR:?e} ${VAR?e} ${VAR:+r} ${VAR+r}}, with nested expressions in the default,
 * alternative and error text evaluated only when used. Substituted values are never interpolated again.
 */
public final class Template {

    private final Function<String, String> lookup;
    private final Consumer<String> unset;

    private Template(Function<String, String> lookup, Consumer<String> unset) {
        this.lookup = lookup;
        this.unset = unset;
    }

    /**
     * @param lookup returns a variable's value, or null when the variable is not set
     * @param unset  receives the name of each variable used without default while unset
     */
    public static String substitute(String text, Function<String, String> lookup, Consumer<String> unset)
            throws TemplateException {
        if (text.indexOf('$') < 0) {
            return text;
        }
        return new Template(lookup, unset).run(text);
    }

    private String run(String s) throws TemplateException {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '$' || i + 1 >= n) {
                out.append(c);
                i++;
                continue;
            }
            char d = s.charAt(i + 1);
            if (d == '$') {
                out.append('$');
                i += 2;
            } else if (d == '{') {
                int end = closingBrace(s, i + 2);
                if (end < 0) {
                    throw invalid(s.substring(i));
                }
                out.append(braced(s.substring(i + 2, end), s.substring(i, end + 1)));
                i = end + 1;
            } else if (isNameStart(d)) {
                int j = i + 1;
                while (j < n && isNameChar(s.charAt(j))) {
                    j++;
                }
                out.append(plain(s.substring(i + 1, j)));
                i = j;
            } else {
                out.append('$');
                i++;
            }
        }
        return out.toString();
    }

    private static int closingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private String braced(String body, String whole) throws TemplateException {
        int j = 0;
        if (body.isEmpty() || !isNameStart(body.charAt(0))) {
            throw invalid(whole);
        }
        while (j < body.length() && isNameChar(body.charAt(j))) {
            j++;
        }
        String name = body.substring(0, j);
        String rest = body.substring(j);
        if (rest.isEmpty()) {
            return plain(name);
        }
        boolean colon = rest.charAt(0) == ':';
        int opAt = colon ? 1 : 0;
        if (opAt >= rest.length() || "-?+".indexOf(rest.charAt(opAt)) < 0) {
            throw invalid(whole);
        }
        char op = rest.charAt(opAt);
        String arg = rest.substring(opAt + 1);
        String value = lookup.apply(name);
        boolean missing = value == null || (colon && value.isEmpty());
        switch (op) {
            case '-':
                return missing ? run(arg) : value;
            case '+':
                return missing ? "" : run(arg);
            default:
                if (missing) {
                    String message = run(arg);
                    throw new TemplateException("required variable " + name + " is missing a value"
                            + (message.isEmpty() ? "" : ": " + message));
                }
                return value;
        }
    }

    private String plain(String name) {
        String value = lookup.apply(name);
        if (value == null) {
            unset.accept(name);
            return "";
        }
        return value;
    }

    private static TemplateException invalid(String expression) {
        return new TemplateException("invalid interpolation format \"" + expression
                + "\"; you may need to escape any $ with another $");
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
