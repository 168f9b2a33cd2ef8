package io.github.stackmaven.stack.images;

import java.io.InterruptedIOException;
import java.net.SocketException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Exponential backoff for registry operations. Retried: HTTP 5xx and 429, connection resets, timeouts and
 * engine messages that say so; never 401/403/404 or other client errors, which a retry cannot fix.
 */
public final class RetryPolicy {

    /** Waits between attempts; tests pass one that records instead of sleeping. */
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final int maxAttempts;
    private final Duration initialDelay;
    private final double multiplier;
    private final Duration maxDelay;

    public RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {
        if (maxAttempts < 1 || multiplier < 1 || initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("retry policy needs maxAttempts >= 1, multiplier >= 1 and "
                    + "0 <= initialDelay <= maxDelay");
        }
        this.maxAttempts = maxAttempts;
        this.initialDelay = initialDelay;
        this.multiplier = multiplier;
        this.maxDelay = maxDelay;
    }

    /** 4 attempts, waiting 1s, 2s, 4s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), 2, Duration.ofSeconds(30));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** The wait after failed attempt {@code attempt} (1-based): initial * multiplier^(attempt-1), capped. */
    public Duration delayAfter(int attempt) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, attempt - 1);
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }

    public static boolean isTransientStatus(int httpStatus) {
        return httpStatus >= 500 && httpStatus <= 599 || httpStatus == 429;
    }

    /** Whether an engine or registry error message describes a fault worth retrying. */
    public static boolean isTransientMessage(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("connection reset") || m.contains("timeout") || m.contains("timed out")
                || m.contains("broken pipe") || m.contains("unexpected eof") || m.contains("502 bad gateway")
                || m.contains("503 service unavailable") || m.contains("504 gateway") || m.contains("toomanyrequests")
                || m.matches("(?s).*\\b(status|code)[: ]+5\\d\\d\\b.*");
    }

    public static boolean isTransient(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ImagePushException p) {
                return p.kind() == ImagePushException.Kind.TRANSIENT;
            }
            if (c instanceof InterruptedIOException && !(c.getClass() == InterruptedIOException.class)) {
                return true; // SocketTimeoutException, ConnectTimeoutException...
            }
            if (c instanceof SocketException && c.getMessage() != null && isTransientMessage(c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code action}, retrying transient failures; the last failure is rethrown as it was. */
    public <T> T run(Callable<T> action, Sleeper sleeper) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.call();
            } catch (Exception e) {
                if (attempt >= maxAttempts || !isTransient(e)) {
                    throw e;
                }
                sleeper.sleep(delayAfter(attempt));
            }
        }
    }
}
