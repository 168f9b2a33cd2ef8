package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asking whether a followed log has ended must not end it: docker-java's {@code awaitCompletion(timeout)} closes the
 * stream when it returns, which cut every log file after its first lines.
 */
class LineCollectorEndTest {
    @Test
    void awaitEndLeavesARunningStreamOpen_andSeesItsEnd() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        AtomicBoolean responseClosed = new AtomicBoolean();
        LineCollector collector = new LineCollector(lines::add);
        collector.onStart(() -> responseClosed.set(true));
        collector.onNext(new Frame(StreamType.STDOUT, "first line\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(collector.awaitEnd(Duration.ZERO)).isFalse();
        assertThat(responseClosed).as("the stream is still open").isFalse();
        collector.onNext(new Frame(StreamType.STDOUT, "printed later\n".getBytes(StandardCharsets.UTF_8)));
        collector.onComplete();
        assertThat(collector.awaitEnd(Duration.ofSeconds(5))).isTrue();
        assertThat(lines).containsExactly("first line", "printed later");
    }

    @Test
    void docker_javas_awaitCompletionWithATimeoutClosesTheStream() throws Exception {
        AtomicBoolean responseClosed = new AtomicBoolean();
        LineCollector collector = new LineCollector(line -> { });
        collector.onStart(() -> responseClosed.set(true));
        collector.awaitCompletion(1, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(responseClosed).as("why LogFollow.awaitEnd does not use it").isTrue();
    }
}
