package io.github.stackmaven.stack.compose.load.tree;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting and parsing as compose-go (Go) does it, where it differs from Java. */
public final class GoFormat {

    private GoFormat() {
    }

    /**
     * A float64 as compose v2 prints it (Go's {@code strconv.FormatFloat(f, 'g', -1, 64)}): the shortest digits,
     * in exponent form when the exponent is below -4 or at least 6: {@code 1.10} prints {@code 1.1},
     * {@code 1.0} prints {@code 1}, {@code 1234567.0} prints {@code 1.234567e+06}, {@code 0.00001} {@code 1e-05}.
     */
    public static String formatFloat(String yamlText) {
        String t = yamlText.toLowerCase(Locale.ROOT);
        if (t.endsWith(".inf") || t.endsWith(".nan")) {
            return t.contains("nan") ? "NaN" : (t.startsWith("-") ? "-Inf" : "+Inf");
        }
        try {
            double d = Double.parseDouble(yamlText.replace("_", ""));
            if (d == 0) {
                return 1 / d < 0 ? "-0" : "0";
            }
            BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
            int exp = exact.precision() - exact.scale() - 1;
            if (exp < -4 || exp >= 6) {
                String digits = exact.unscaledValue().abs().toString();
                String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
                String e = Integer.toString(Math.abs(exp));
                return (d < 0 ? "-" : "") + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
            }
            return exact.toPlainString();
        } catch (NumberFormatException e) {
            return yamlText;
        }
    }

    /** Parses an integer with Go's base-0 rules: 0x, 0o, 0b prefixes, a leading 0 meaning octal. */
    public static long parseInt(String text) {
        String t = text.replace("_", "");
        boolean negative = t.startsWith("-");
        if (negative || t.startsWith("+")) {
            t = t.substring(1);
        }
        long v;
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            v = Long.parseLong(t.substring(2), 16);
        } else if (lower.startsWith("0o")) {
            v = Long.parseLong(t.substring(2), 8);
        } else if (lower.startsWith("0b")) {
            v = Long.parseLong(t.substring(2), 2);
        } else if (t.length() > 1 && t.startsWith("0")) {
            v = Long.parseLong(t.substring(1), 8);
        } else {
            v = Long.parseLong(t);
        }
        return negative ? -v : v;
    }
}
