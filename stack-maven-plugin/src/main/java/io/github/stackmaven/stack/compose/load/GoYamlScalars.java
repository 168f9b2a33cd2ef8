package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.GoFormat;
import io.github.stackmaven.stack.compose.load.tree.ScalarKind;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain scalars as compose v2 reads them. Compose parses YAML with go-yaml (YAML 1.2 core schema plus YAML 1.1
 * leftovers) and then turns every value into text with Go's formatting, so where snakeyaml-engine's core schema
 * keeps the text as written, v2 has another string:
 * <ul>
 *   <li>integers in any base become decimal: {@code 0755} and {@code 0o755} become {@code 493}, {@code 0x1F}
 *       becomes {@code 31}, {@code +12} becomes {@code 12}, {@code 1_000} becomes {@code 1000};</li>
 *   <li>a leading-zero number that is not octal ({@code 09}) is a float: {@code 9}; so is an integer beyond
 *       64 bits ({@code 1e+20});</li>
 *   <li>timestamps ({@code 2024-01-31}, {@code 2001-12-14t21:59:43.10-05:00}) become Go's
 *       {@code time.Time.String()}: {@code 2024-01-31 00:00:00 +0000 UTC}.</li>
 * </ul>
 * {@code .inf} and {@code .nan} are refused, as v2 refuses them. Quoted scalars stay exactly as written (quote
 * a value to keep {@code 0755}).
 */
final class GoYamlScalars {

    /** Integers go-yaml reads that the core schema does not: underscores, signed or binary prefixed ones. */
    private static final Pattern GO_INT = Pattern.compile("[-+]?[0-9][0-9_]*_[0-9_]*|[-+]0[xX][0-9a-fA-F_]+"
            + "|[-+]?0[oO][0-7_]+|[-+]?0[bB][01_]+");
    private static final Pattern GO_FLOAT = Pattern.compile("[-+]?[0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?");
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})"
            + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d+))?"
            + "(?:[ \\t]*(Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    private GoYamlScalars() {
    }

    static YScalar resolve(YScalar scalar, boolean plain) {
        if (!plain || scalar.value() == null) {
            return scalar;
        }
        String v = scalar.value();
        if (scalar.kind() == ScalarKind.STRING && GO_INT.matcher(v).matches()) {
            return decimal(new YScalar(v, ScalarKind.INT, scalar.position(), scalar.tag()));
        }
        if (scalar.kind() == ScalarKind.INT) {
            return decimal(scalar);
        }
        if (scalar.kind() == ScalarKind.STRING && v.contains("_") && GO_FLOAT.matcher(v).matches()
                && v.chars().anyMatch(Character::isDigit)) {
            return new YScalar(v.replace("_", ""), ScalarKind.FLOAT, scalar.position(), scalar.tag());
        }
        if (scalar.kind() == ScalarKind.FLOAT && (v.toLowerCase(Locale.ROOT).endsWith(".inf")
                || v.toLowerCase(Locale.ROOT).endsWith(".nan"))) {
            throw new ComposeException(scalar.position(), "", "unsupported value " + v + ": compose cannot"
                    + " represent infinity or NaN; quote it (\"" + v + "\") to mean the text");
        }
        if (scalar.kind() == ScalarKind.STRING) {
            Matcher m = TIMESTAMP.matcher(v);
            if (m.matches()) {
                return scalar.withValue(goTime(m));
            }
        }
        return scalar;
    }

    private static YScalar decimal(YScalar scalar) {
        try {
            return scalar.withValue(Long.toString(GoFormat.parseInt(scalar.value())));
        } catch (NumberFormatException e) {
            try {
                Double.parseDouble(scalar.value().replace("_", ""));
                return new YScalar(scalar.value().replace("_", ""), ScalarKind.FLOAT, scalar.position(),
                        scalar.tag());
            } catch (NumberFormatException notNumber) {
                return new YScalar(scalar.value(), ScalarKind.STRING, scalar.position(), scalar.tag());
            }
        }
    }

    /** Go's {@code time.Time.String()} of what go-yaml parsed: a zone offset has no name, so it prints twice. */
    private static String goTime(Matcher m) {
        StringBuilder out = new StringBuilder();
        out.append(m.group(1)).append('-').append(two(m.group(2))).append('-').append(two(m.group(3)));
        if (m.group(4) == null) {
            return out.append(" 00:00:00 +0000 UTC").toString();
        }
        out.append(' ').append(two(m.group(4))).append(':').append(two(m.group(5))).append(':')
                .append(two(m.group(6)));
        String fraction = m.group(7) == null ? "" : m.group(7).replaceAll("0+$", "");
        if (fraction.length() > 9) {
            fraction = fraction.substring(0, 9);
        }
        if (!fraction.isEmpty()) {
            out.append('.').append(fraction);
        }
        String zone = m.group(8);
        if (zone == null || zone.equals("Z")) {
            return out.append(" +0000 UTC").toString();
        }
        String digits = zone.substring(1).replace(":", "");
        String hours = digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2);
        String minutes = digits.length() <= 2 ? "00" : digits.substring(digits.length() - 2);
        String offset = zone.charAt(0) + two(hours) + minutes;
        return out.append(' ').append(offset).append(' ').append(offset).toString();
    }

    private static String two(String digits) {
        return digits.length() == 1 ? "0" + digits : digits;
    }
}
