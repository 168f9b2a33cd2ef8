package io.github.stackmaven.stack.compose.load;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte values as compose parses them (docker/go-units {@code RAMInBytes}): a number with an optional binary
 * unit b, k/kb, m/mb, g/gb, t, p (case-insensitive, an optional {@code i}); a plain integer means bytes.
 */
public final class ByteSizes {

    private static final Pattern SIZE = Pattern.compile("^(\\d+(?:\\.\\d+)*) ?([kmgtp])?i?b?$",
            Pattern.CASE_INSENSITIVE);

    private ByteSizes() {
    }

    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid size \"" + text + "\"; expected e.g. 64m, 1g, 512k or bytes");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(m.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid size \"" + text + "\"", e);
        }
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        int shift = switch (unit) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            case "p" -> 50;
            default -> 0;
        };
        return value.multiply(BigDecimal.valueOf(1L << shift)).longValue();
    }
}
