package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildkitStepsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private final List<String> lines = new ArrayList<>();
    private final BuildkitSteps progress = new BuildkitSteps(e -> lines.add(e.plainLine()), 3);

    private void feed(String base64) throws Exception {
        progress.accept(BuildkitTrace.decode(base64));
    }

    @Test
    void stepsAnnouncedOnce_logsWithOffset_doneWithDuration() throws Exception {
        feed(Proto.response(Proto.vertex("d1", "[internal] load build definition from Dockerfile"), null, null));
        feed(Proto.response(Proto.vertex("d1", "[internal] load build definition from Dockerfile").time(5, T0),
                null, null));
        feed(Proto.response(Proto.vertex("d2", "[builder 2/5] RUN apt-get update").time(5, T0), null, null));
        feed(Proto.response(Proto.vertex("d1", "").time(5, T0).time(6, T0.plusMillis(40)), null, null));
        feed(Proto.response(null, null, Proto.log("d2", T0.plusMillis(512), "Get:1 http://deb\nGet:2")));
        feed(Proto.response(null, null, Proto.log("d2", T0.plusMillis(900), " more\n")));
        feed(Proto.response(Proto.vertex("d2", "[builder 2/5] RUN apt-get update").time(5, T0)
                .time(6, T0.plusMillis(1249)), null, null));

        assertThat(lines).containsExactly(
                "#1 [internal] load build definition from Dockerfile",
                "#2 [builder 2/5] RUN apt-get update",
                "#1 DONE 0.0s",
                "#2 0.512 Get:1 http://deb",
                "#2 0.512 Get:2 more", // a line carries the time it began, even when it ends in a later message
                "#2 DONE 1.2s");
        assertThat(progress.failure()).isEmpty();
        assertThat(progress.stepNames()).containsExactly("[internal] load build definition from Dockerfile",
                "[builder 2/5] RUN apt-get update");
    }

    @Test
    void cachedVertex() throws Exception {
        feed(Proto.response(Proto.vertex("c", "[builder 1/5] FROM docker.io/library/debian:bookworm-slim")
                .bool(4, true).time(5, T0).time(6, T0), null, null));

        assertThat(lines).containsExactly("#1 [builder 1/5] FROM docker.io/library/debian:bookworm-slim",
                "#1 CACHED");
    }

    @Test
    void multibyteCharacterSplitAcrossMessages() throws Exception {
        byte[] word = Proto.utf8("größe\n");
        byte[] first = java.util.Arrays.copyOf(word, 3);
        byte[] second = java.util.Arrays.copyOfRange(word, 3, word.length);
        feed(Proto.response(Proto.vertex("v", "RUN echo").time(5, T0), null,
                new Proto().string(1, "v").time(2, T0).bytes(4, first)));
        feed(Proto.response(null, null, new Proto().string(1, "v").time(2, T0.plusMillis(5)).bytes(4, second)));

        assertThat(lines).containsExactly("#1 RUN echo", "#1 0.000 größe");
    }

    @Test
    void errorGivesFailingStepWithLastLogLines_andCancelledStepsAreNotTheCause() throws Exception {
        feed(Proto.response(Proto.vertex("ok", "[builder 1/3] FROM debian").time(5, T0), null, null));
        feed(Proto.response(Proto.vertex("bad", "[builder 2/3] RUN ./build.sh").time(5, T0), null,
                Proto.log("bad", T0.plusSeconds(1), "one\ntwo\nthree\nfour\nno newline at end")));
        feed(Proto.response(Proto.vertex("bad", "[builder 2/3] RUN ./build.sh").time(5, T0)
                .time(6, T0.plusSeconds(2)).string(7, "process \"/bin/sh -c ./build.sh\" did not complete "
                        + "successfully: exit code: 2"), null, null));
        feed(Proto.response(Proto.vertex("ok", "").time(5, T0).time(6, T0.plusSeconds(2))
                .string(7, "context canceled"), null, null));

        assertThat(lines).containsSubsequence("#2 [builder 2/3] RUN ./build.sh", "#2 1.000 one",
                "#2 1.000 no newline at end",
                "#2 ERROR: process \"/bin/sh -c ./build.sh\" did not complete successfully: exit code: 2",
                "#1 ERROR: context canceled");
        assertThat(progress.failure()).hasValueSatisfying(f -> {
            assertThat(f.number()).isEqualTo(2);
            assertThat(f.name()).isEqualTo("[builder 2/3] RUN ./build.sh");
            assertThat(f.error()).endsWith("exit code: 2");
            assertThat(f.lastLogLines()).containsExactly("three", "four", "no newline at end");
        });
    }

    @Test
    void statusesPrintOnceWhenComplete() throws Exception {
        feed(Proto.response(Proto.vertex("f", "[internal] load build context").time(5, T0),
                new Proto().string(1, "transferring context").string(2, "f").int64(4, 1200), null));
        feed(Proto.response(null, new Proto().string(1, "transferring context").string(2, "f").int64(4, 34567)
                .time(8, T0.plusMillis(300)), null));
        feed(Proto.response(null, new Proto().string(1, "transferring context").string(2, "f").int64(4, 34567)
                .time(8, T0.plusMillis(300)), null));

        assertThat(lines).containsExactly("#1 [internal] load build context",
                "#1 transferring context 34.57kB done");
    }

    @Test
    void finish_flushesUnterminatedOutput_andCarriageReturnsShowLastState() throws Exception {
        feed(Proto.response(Proto.vertex("v", "RUN curl").time(5, T0), null,
                Proto.log("v", T0.plusMillis(100), "10%\r50%\r100%")));
        progress.finish();

        assertThat(lines).containsExactly("#1 RUN curl", "#1 0.100 100%");
    }

    @Test
    void warningsNameTheirStep() throws Exception {
        feed(Proto.response(Proto.vertex("w", "[internal] load build definition from Dockerfile").time(5, T0),
                null, null));
        feed(new Proto().message(4, new Proto().string(1, "w").bytes(3, Proto.utf8("FromAsCasing: 'as' and 'FROM'")))
                .base64());

        assertThat(lines).endsWith("#1 WARNING: FromAsCasing: 'as' and 'FROM'");
    }
}
