package io.github.stackmaven.stack.init;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Renders a committed env template ({@code app.env.default}) into the real env file ({@code app.env}). The text is
 * copied unchanged except for markers:
 * <ul>
 *   <li>{@code @{secret}}: a new random secret of {@value #DEFAULT_SECRET_LENGTH} characters from
 *       {@code [A-Za-z0-9]} (about 190 bits), different for each marker;</li>
 *   <li>{@code @{secret:N}}: the same with N characters ({@value #MIN_SECRET_LENGTH} to
 *       {@value #MAX_SECRET_LENGTH});</li>
 *   <li>{@code @{uid}}, {@code @{gid}}: the numeric user and group id of whoever runs {@code stack:init};</li>
 *   <li>{@code @@{}: a literal {@code @{}.</li>
 * </ul>
 * Any other {@code @{...}} is an error with line and column, so that a misspelt marker never ends up as a
 * password. Secrets contain only letters and digits: they need no quoting in a dotenv file, a shell or a URL.
 */
public final class EnvTemplate {

    public static final int DEFAULT_SECRET_LENGTH = 32;
    public static final int MIN_SECRET_LENGTH = 16;
    public static final int MAX_SECRET_LENGTH = 1024;

    /** Where values for the markers come from (injected, so tests are deterministic). */
    public interface Values {
        /** A secret of this many characters from {@code [A-Za-z0-9]}. */
        String secret(int length);

        String uid();

        String gid();
    }

    /** The rendered text and how many secrets it received. */
    public record Result(String text, int secrets) {
    }

    private final Values values;

    public EnvTemplate(Values values) {
        this.values = Objects.requireNonNull(values);
    }

    /**
     * @param template the template's text
     * @param source   the template's name, for error messages
     */
    public Result render(String template, String source) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        int secrets = 0;
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (c == '@' && template.startsWith("@@{", i)) {
                out.append("@{");
                i += 3;
                continue;
            }
            if (c == '@' && template.startsWith("@{", i)) {
                int column = i - lineStart + 1;
                int end = template.indexOf('}', i + 2);
                int newline = template.indexOf('\n', i + 2);
                if (end < 0 || (newline >= 0 && newline < end)) {
                    throw new EnvTemplateException(source + ":" + line + ":" + column + ": marker @{ is not closed"
                            + " with } on its line; write @@{ for a literal @{");
                }
                String name = template.substring(i + 2, end).trim();
                out.append(resolve(name, source, line, column, values::secret));
                if (name.equals("secret") || name.startsWith("secret:")) {
                    secrets++;
                }
                i = end + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        return new Result(out.toString(), secrets);
    }

    private String resolve(String name, String source, int line, int column, IntFunction<String> secret) {
        if (name.equals("secret")) {
            return secret.apply(DEFAULT_SECRET_LENGTH);
        }
        if (name.startsWith("secret:")) {
            String n = name.substring("secret:".length()).trim();
            int length;
            try {
                length = Integer.parseInt(n);
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length < MIN_SECRET_LENGTH || length > MAX_SECRET_LENGTH) {
                throw new EnvTemplateException(source + ":" + line + ":" + column + ": @{" + name + "}: the length"
                        + " must be a number from " + MIN_SECRET_LENGTH + " to " + MAX_SECRET_LENGTH
                        + ", e.g. @{secret:48}");
            }
            return secret.apply(length);
        }
        if (name.equals("uid")) {
            return values.uid();
        }
        if (name.equals("gid")) {
            return values.gid();
        }
        throw new EnvTemplateException(source + ":" + line + ":" + column + ": unknown marker @{" + name + "}; the"
                + " markers are @{secret}, @{secret:N}, @{uid} and @{gid} (write @@{ for a literal @{)");
    }
}
