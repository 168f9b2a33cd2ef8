package io.github.stackmaven.stack.compose.load.tree;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting and parsing as compose-go (Go) does it, where it differs from Java. */
public final class GoFormat {

    private GoFormat() {
    }

    /** Go's {@code %v} of a float64: {@code 1.10} prints {@code 1.1}, {@code 1.0} prints {@code 1}. */
    public static String formatFloat(String yamlText) {
        String t = yamlText.toLowerCase(Locale.ROOT);
        if (t.endsWith(".inf") || t.endsWith(".nan")) {
            return t.contains("nan") ? "NaN" : (t.startsWith("-") ? "-Inf" : "+Inf");
        }
        try {
            double d = Double.parseDouble(yamlText);
            BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
            if (Math.abs(d) >= 1e21 || (d != 0 && Math.abs(d) < 1e-4)) {
                return Double.toString(d).replace("E", "e+").replace("e+-", "e-");
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
