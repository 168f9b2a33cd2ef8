package io.github.stackmaven.stack.compose.write;

import java.math.BigDecimal;
import java.time.Duration;

/** Go's text of a duration ({@code time.Duration.String}), as {@code docker compose config} prints it. */
final class DurationFormat {

    private DurationFormat() {
    }

    /** {@code 1m30s}, {@code 500ms}, {@code 1h0m0s}, {@code 1.5s}, {@code 0s}. */
    static String format(Duration d) {
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
}
