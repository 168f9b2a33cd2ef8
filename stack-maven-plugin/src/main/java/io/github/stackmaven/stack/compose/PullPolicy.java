package io.github.stackmaven.stack.compose;

import java.time.Duration;
import java.util.Map;

/**
 * A service's {@code pull_policy}, as compose-go's {@code GetPullPolicy} reads it.
 *
 * @param kind         what to do when the engine has the image (or not)
 * @param refreshAfter for {@link Kind#REFRESH}: how old a pulled image may get ({@code daily} 24h, {@code weekly}
 *                     7 days, {@code every_<duration>}); null for the plain {@code refresh} and the other kinds
 * @param text         the value as written, which {@code config} prints back
 */
public record PullPolicy(Kind kind, Duration refreshAfter, String text) {

    /** What {@code up} does about a service's image. */
    public enum Kind {
        /** Pull even when the engine has the image. */
        ALWAYS,
        /** Never pull: the image must be on the engine. */
        NEVER,
        /** Pull only when the engine lacks the image (compose's default; {@code if_not_present} is its alias). */
        MISSING,
        /** Build the image (the service's {@code build:}), even when the engine has it; never pull. */
        BUILD,
        /** Pull again once the image is older than {@code refreshAfter}; this plugin pulls it when missing. */
        REFRESH
    }

    public static final PullPolicy ALWAYS = new PullPolicy(Kind.ALWAYS, null, "always");
    public static final PullPolicy NEVER = new PullPolicy(Kind.NEVER, null, "never");
    public static final PullPolicy MISSING = new PullPolicy(Kind.MISSING, null, "missing");
    public static final PullPolicy BUILD = new PullPolicy(Kind.BUILD, null, "build");

    private static final String EXPECTED = "expected always, never, missing, build, daily, weekly or every_<duration>";
    private static final Map<String, PullPolicy> NAMED = Map.of("always", ALWAYS, "never", NEVER, "missing", MISSING,
            "if_not_present", new PullPolicy(Kind.MISSING, null, "if_not_present"), "build", BUILD,
            "refresh", new PullPolicy(Kind.REFRESH, null, "refresh"),
            "daily", new PullPolicy(Kind.REFRESH, Duration.ofDays(1), "daily"),
            "weekly", new PullPolicy(Kind.REFRESH, Duration.ofDays(7), "weekly"));

    /**
     * The policy {@code text} names; throws {@link IllegalArgumentException} "invalid pull_policy "..."; expected
     * ..." for anything else, also for an {@code every_} without a positive duration after it.
     */
    public static PullPolicy parse(String text) {
        PullPolicy named = NAMED.get(text);
        if (named != null) {
            return named;
        }
        if (text.startsWith("every_")) {
            String every = text.substring("every_".length());
            try {
                Duration after = Durations.parse(every);
                if (after.isNegative() || after.isZero() || every.startsWith("+")) {
                    throw new IllegalArgumentException("not positive");
                }
                return new PullPolicy(Kind.REFRESH, after, text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("invalid pull_policy \"" + text + "\"; every_ takes a positive"
                        + " duration such as every_12h or every_1d");
            }
        }
        throw new IllegalArgumentException("invalid pull_policy \"" + text + "\"; " + EXPECTED);
    }

    public boolean is(Kind other) {
        return kind == other;
    }

    @Override
    public String toString() {
        return text;
    }
}
