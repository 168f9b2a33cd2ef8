package io.github.stackmaven.stack.service;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as users write them in properties: {@code 90} (seconds), {@code 2m}, {@code 1m30s}, {@code 500ms}, {@code PT2M}. */
final class DurationParser {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private DurationParser() {
    }

    static Duration parse(String text, String property) throws InvalidSettingException {
        String t = text.trim();
        if (t.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        if (t.toUpperCase(java.util.Locale.ROOT).startsWith("PT")) {
            try {
                return Duration.parse(t);
            } catch (java.time.format.DateTimeParseException e) {
                throw invalid(text, property);
            }
        }
        Matcher m = PART.matcher(t);
        int end = 0;
        Duration total = Duration.ZERO;
        while (m.find() && m.start() == end) {
            double n = Double.parseDouble(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "h" -> Duration.ofMillis((long) (n * 3_600_000));
                case "m" -> Duration.ofMillis((long) (n * 60_000));
                case "s" -> Duration.ofMillis((long) (n * 1000));
                default -> Duration.ofMillis((long) n);
            });
            end = m.end();
        }
        if (end == 0 || end != t.length()) {
            throw invalid(text, property);
        }
        return total;
    }

    private static InvalidSettingException invalid(String text, String property) {
        return new InvalidSettingException(property, text, property + " is '" + text + "'; write a duration such as 90s, 2m or"
                + " 1m30s");
    }
}
