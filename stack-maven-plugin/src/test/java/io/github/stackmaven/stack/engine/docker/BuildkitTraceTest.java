package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BuildkitTraceTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00.250Z");

    @Test
    void decode_vertexWithAllFields() throws Exception {
        Proto vertex = Proto.vertex("sha256:aa", "[builder 2/5] RUN mvn -q package")
                .string(2, "sha256:in1").string(2, "sha256:in2").bool(4, true)
                .time(5, T0).time(6, T0.plusMillis(1234)).string(7, "exit code: 1")
                .message(8, new Proto().string(1, "pg").string(2, "group").bool(3, true));

        TraceUpdate update = BuildkitTrace.decode(new Proto().message(1, vertex).base64());

        assertThat(update.vertexes()).singleElement().satisfies(v -> {
            assertThat(v.digest()).isEqualTo("sha256:aa");
            assertThat(v.name()).isEqualTo("[builder 2/5] RUN mvn -q package");
            assertThat(v.inputs()).containsExactly("sha256:in1", "sha256:in2");
            assertThat(v.cached()).isTrue();
            assertThat(v.started()).isEqualTo(T0);
            assertThat(v.completed()).isEqualTo(T0.plusMillis(1234));
            assertThat(v.error()).isEqualTo("exit code: 1");
        });
        assertThat(update.statuses()).isEmpty();
    }

    @Test
    void decode_statusLogAndWarning() throws Exception {
        Proto status = new Proto().string(1, "sha256:layer").string(2, "sha256:v").string(3, "extracting")
                .int64(4, 512).int64(5, 2048).time(6, T0).time(7, T0).time(8, T0.plusSeconds(2));
        Proto log = new Proto().string(1, "sha256:v").time(2, T0).int64(3, 2).bytes(4, Proto.utf8("héllo\n"));
        Proto warning = new Proto().string(1, "sha256:v").int64(2, 1).bytes(3, Proto.utf8("FromAsCasing"))
                .bytes(4, Proto.utf8("detail one")).bytes(4, Proto.utf8("detail two")).string(5, "https://x")
                .message(6, new Proto().string(1, "info"));

        TraceUpdate update = BuildkitTrace.decode(
                new Proto().message(2, status).message(3, log).message(4, warning).base64());

        TraceStatus s = update.statuses().get(0);
        assertThat(s.id()).isEqualTo("sha256:layer");
        assertThat(s.vertex()).isEqualTo("sha256:v");
        assertThat(s.name()).isEqualTo("extracting");
        assertThat(s.current()).isEqualTo(512);
        assertThat(s.total()).isEqualTo(2048);
        assertThat(s.timestamp()).isEqualTo(T0);
        assertThat(s.completed()).isEqualTo(T0.plusSeconds(2));
        TraceLog l = update.logs().get(0);
        assertThat(l.stream()).isEqualTo(2);
        assertThat(new String(l.msg(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("héllo\n");
        assertThat(l.timestamp()).isEqualTo(T0);
        TraceWarning w = update.warnings().get(0);
        assertThat(w.level()).isEqualTo(1);
        assertThat(w.shortMessage()).isEqualTo("FromAsCasing");
        assertThat(w.detail()).containsExactly("detail one", "detail two");
        assertThat(w.url()).isEqualTo("https://x");
    }

    @Test
    void decode_skipsUnknownFieldsOfEveryWireType() throws Exception {
        Proto vertex = Proto.vertex("sha256:a", "step").int64(99, 7).fixed64(100, 1L)
                .string(101, "future").message(102, new Proto().string(1, "nested"));
        String payload = new Proto().int64(50, 3).message(1, vertex).string(51, "x").fixed64(52, 9).base64();

        TraceUpdate update = BuildkitTrace.decode(payload);

        assertThat(update.vertexes()).singleElement()
                .satisfies(v -> assertThat(v.name()).isEqualTo("step"));
    }

    @Test
    void decode_emptyMessage() throws Exception {
        TraceUpdate update = BuildkitTrace.decode("");
        assertThat(update.vertexes()).isEmpty();
        assertThat(update.logs()).isEmpty();
    }

    @Test
    void decode_rejectsGarbage_withTypedException() {
        assertThatThrownBy(() -> BuildkitTrace.decode("not base64!"))
                .isInstanceOfSatisfying(BuildkitTraceException.class,
                        e -> assertThat(e.payload()).isEqualTo("not base64!"))
                .hasMessageContaining("not base64");
        byte[] truncated = java.util.Arrays.copyOf(new Proto().message(1, Proto.vertex("d", "n")).toByteArray(), 4);
        assertThatThrownBy(() -> BuildkitTrace.decode(java.util.Base64.getEncoder().encodeToString(truncated)))
                .isInstanceOf(BuildkitTraceException.class).hasMessageContaining("malformed protobuf");
    }
}
