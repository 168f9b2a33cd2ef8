package io.github.stackmaven.stack.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place durations are read and written. The syntax is compose's (compose-go {@code types/duration.go},
 * Go's {@code time.ParseDuration} plus {@code d} and {@code w}): one or more {@code <number><unit>} with no
 * separator, units ns, us/µs, ms, s, m, h, d, w, decimals allowed ({@code 1m30s}, {@code 1.5s}); a bare {@code 0}
 * is zero.
 *
 * <ul>
 *   <li>{@link #parse(String)}: a compose file's value ({@code healthcheck.interval}, {@code stop_grace_period}).</li>
 *   <li>{@link #parseSetting(String, String)}: a user setting such as {@code stack.timeout}: the same syntax, and
 *       also a bare number of seconds ({@code 90}) or ISO-8601 ({@code PT2M}); never negative.</li>
 *   <li>{@link #format(Duration)}: Go's {@code time.Duration.String} ({@code 1m30s}, {@code 1h0m0s}), as
 *       {@code docker compose config} prints it.</li>
 *   <li>{@link #text(Duration)}: the same, rounded for people ({@code took 1.2s}, {@code within 2m}).</li>
 * </ul>
 */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|μs|ms|s|m|h|d|w)");
    private static final Map<String, Long> NANOS = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L,
            "d", 86_400_000_000_000L, "w", 604_800_000_000_000L);
    private static final Pattern ZERO_TAIL = Pattern.compile("(?<=[hm])0s$|(?<=h)0m(?=$)");

    private Durations() {
    }

    /** A compose duration; throws {@link IllegalArgumentException} "invalid duration "..."; why". */
    public static Duration parse(String text) {
        String s = text.strip();
        boolean negative = s.startsWith("-");
        if (negative || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return Duration.ZERO;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("invalid duration \"" + text + "\"");
        }
        Matcher m = PART.matcher(s);
        int at = 0;
        BigDecimal nanos = BigDecimal.ZERO;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                String why = s.chars().allMatch(Character::isDigit) ? "missing unit" : "expected e.g. 10s, 1m30s, 500ms";
                throw new IllegalArgumentException("invalid duration \"" + text + "\"; " + why);
            }
            nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
            at = m.end();
        }
        Duration d = Duration.ofNanos(nanos.longValue());
        return negative ? d.negated() : d;
    }

    /**
     * A duration a user set through {@code setting} (a property or parameter name): {@code 90} (seconds),
     * {@code 2m}, {@code 1m30s}, {@code 500ms}, {@code PT2M}. Throws {@link IllegalArgumentException}
     * "{@code <setting>} is '...'; write a duration such as 90s, 2m or 1m30s".
     */
    public static Duration parseSetting(String text, String setting) {
        String t = text.strip();
        if (t.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        if (t.startsWith("-") || t.startsWith("+")) {
            throw invalidSetting(text, setting);
        }
        try {
            return t.toUpperCase(Locale.ROOT).startsWith("PT") ? Duration.parse(t) : parse(t);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalidSetting(text, setting);
        }
    }

    private static IllegalArgumentException invalidSetting(String text, String setting) {
        return new IllegalArgumentException(setting + " is '" + text + "'; write a duration such as 90s, 2m or"
                + " 1m30s");
    }

    /** Go's text of a duration: {@code 1m30s}, {@code 500ms}, {@code 1h0m0s}, {@code 1.5s}, {@code 0s}. */
    public static String format(Duration d) {
        if (d.isZero()) {
            return "0s";
        }
        StringBuilder out = new StringBuilder(d.isNegative() ? "-" : "");
        d = d.abs();
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        long seconds = d.toSecondsPart();
        int nanos = d.toNanosPart();
        if (hours == 0 && minutes == 0 && seconds == 0) {
            if (nanos % 1_000_000 == 0) {
                return out.append(nanos / 1_000_000).append("ms").toString();
            }
            if (nanos % 1_000 == 0) {
                return out.append(nanos / 1_000).append("µs").toString();
            }
            return out.append(nanos).append("ns").toString();
        }
        BigDecimal secs = BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
        return out.append(secs.toPlainString()).append('s').toString();
    }

    /**
     * For messages: whole milliseconds under a second ({@code 800ms}), tenths under ten seconds ({@code 2.5s}),
     * whole seconds above ({@code 1m30s}), without zero tails ({@code 2m}, {@code 1h}).
     */
    public static String text(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + "ms";
        }
        Duration rounded;
        if (ms < 10_000) {
            rounded = Duration.ofMillis(BigDecimal.valueOf(ms, 2).setScale(0, RoundingMode.HALF_UP).longValue() * 100);
        } else {
            rounded = Duration.ofSeconds(d.toSeconds());
        }
        return ZERO_TAIL.matcher(ZERO_TAIL.matcher(format(rounded)).replaceAll("")).replaceAll("");
    }
}
