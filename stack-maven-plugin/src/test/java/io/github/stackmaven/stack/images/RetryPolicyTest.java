package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final List<Duration> slept = new ArrayList<>();
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), 2, Duration.ofMillis(300));

    @Test
    void delays_growExponentially_andAreCapped() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMillis(300));
        assertThat(policy.delayAfter(10)).isEqualTo(Duration.ofMillis(300));
        assertThat(RetryPolicy.defaults().delayAfter(3)).isEqualTo(Duration.ofSeconds(4));
    }

    @ParameterizedTest
    @CsvSource({"500,true", "502,true", "503,true", "504,true", "429,true", "400,false", "401,false", "403,false",
        "404,false", "409,false", "200,false"})
    void transientStatuses(int status, boolean retried) {
        assertThat(RetryPolicy.isTransientStatus(status)).isEqualTo(retried);
    }

    @Test
    void transientExceptions() {
        assertThat(RetryPolicy.isTransient(new SocketTimeoutException("Read timed out"))).isTrue();
        assertThat(RetryPolicy.isTransient(new IOException("wrapped", new SocketException("Connection reset"))))
                .isTrue();
        assertThat(RetryPolicy.isTransient(new ImagePushException("a", "received unexpected HTTP status: 502 Bad Gateway")))
                .isTrue();
        assertThat(RetryPolicy.isTransient(new ImagePushException("a", "unauthorized: authentication required")))
                .isFalse();
        assertThat(RetryPolicy.isTransient(new ImagePushException("a", "404 page not found"))).isFalse();
        assertThat(RetryPolicy.isTransient(new InterruptedIOException("interrupted"))).isFalse();
        assertThat(RetryPolicy.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void run_retriesTransientFailuresUntilSuccess() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = policy.run(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new SocketException("Connection reset by peer");
            }
            return "pushed";
        }, slept::add);

        assertThat(result).isEqualTo("pushed");
        assertThat(calls).hasValue(3);
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void run_givesUpAfterMaxAttempts_withTheLastError() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> policy.run(() -> {
            throw new SocketTimeoutException("timeout " + calls.incrementAndGet());
        }, slept::add)).isInstanceOf(SocketTimeoutException.class).hasMessage("timeout 4");
        assertThat(slept).hasSize(3);
    }

    @Test
    void run_doesNotRetryAuthErrors() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> policy.run(() -> {
            calls.incrementAndGet();
            throw new ImagePushException("a", "denied: requested access to the resource is denied");
        }, slept::add)).isInstanceOf(ImagePushException.class);
        assertThat(calls).hasValue(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 2, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
