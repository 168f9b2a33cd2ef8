package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.engine.BuildFailedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildStreamDecoderTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");

    private final List<String> lines = new ArrayList<>();

    private static String trace(String base64) {
        return "{\"id\":\"moby.buildkit.trace\",\"aux\":\"" + base64 + "\"}";
    }

    private String parse(String... ndjson) throws Exception {
        String body = String.join("\n", ndjson) + "\n";
        return new BuildStreamDecoder("production", e -> lines.add(e.plainLine()), 5)
                .decode(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void buildkit_success_returnsImageIdAndPrintsSteps() throws Exception {
        String id = parse(
                trace(Proto.response(Proto.vertex("d", "[production 1/1] FROM busybox").bool(4, true)
                        .time(5, T0).time(6, T0), null, null)),
                "{\"id\":\"moby.image.id\",\"aux\":{\"ID\":\"sha256:0123abcd\"}}");

        assertThat(id).isEqualTo("sha256:0123abcd");
        assertThat(lines).containsExactly("#1 [production 1/1] FROM busybox", "#1 CACHED");
    }

    @Test
    void buildkit_failure_carriesStepErrorAndLastLines() {
        assertThatThrownBy(() -> parse(
                trace(Proto.response(Proto.vertex("r", "[builder 3/5] RUN mvn -B package").time(5, T0), null,
                        Proto.log("r", T0.plusSeconds(3), "[ERROR] COMPILATION ERROR\n[ERROR] Foo.java:[3,1]\n"))),
                trace(Proto.response(Proto.vertex("r", "").time(5, T0).time(6, T0.plusSeconds(4))
                        .string(7, "process \"/bin/sh -c mvn -B package\" did not complete successfully: "
                                + "exit code: 1"), null, null)),
                "{\"errorDetail\":{\"message\":\"process \\\"/bin/sh -c mvn -B package\\\" did not complete "
                        + "successfully: exit code: 1\"},\"error\":\"process did not complete\"}"))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.step()).isEqualTo("#1 [builder 3/5] RUN mvn -B package");
                    assertThat(e.target()).isEqualTo("production");
                    assertThat(e.error()).endsWith("exit code: 1").startsWith("process \"/bin/sh");
                    assertThat(e.lastLogLines()).containsExactly("[ERROR] COMPILATION ERROR",
                            "[ERROR] Foo.java:[3,1]");
                    assertThat(e.getMessage()).contains("at step '#1 [builder 3/5] RUN mvn -B package'")
                            .contains("\n  [ERROR] Foo.java:[3,1]");
                });
    }

    @Test
    void errorBeforeAnyStep_isStillTyped() {
        assertThatThrownBy(() -> parse("{\"errorDetail\":{\"message\":\"dockerfile parse error line 3: "
                + "unknown instruction: RUNN\"},\"error\":\"x\"}"))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.step()).isNull();
                    assertThat(e.error()).isEqualTo("dockerfile parse error line 3: unknown instruction: RUNN");
                });
    }

    @Test
    void classic_success_streamLinesAndAuxId() throws Exception {
        String id = parse(
                "{\"stream\":\"Step 1/2 : FROM busybox\\n\"}",
                "{\"status\":\"Pulling from library/busybox\",\"id\":\"latest\"}",
                "{\"status\":\"Downloading\",\"progressDetail\":{\"current\":100,\"total\":900},\"id\":\"a1\"}",
                "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"a1\"}",
                "{\"status\":\"Pull complete\",\"progressDetail\":{},\"id\":\"a1\"}",
                "{\"stream\":\" ---\\u003e 3f57d9401f8d\\n\"}",
                "{\"stream\":\"Step 2/2 : RUN echo hi\"}", "{\"stream\":\"\\n\"}",
                "{\"aux\":{\"ID\":\"sha256:feedbeef\"}}",
                "{\"stream\":\"Successfully built feedbeef0000\\n\"}");

        assertThat(id).isEqualTo("sha256:feedbeef");
        assertThat(lines).containsExactly("Step 1/2 : FROM busybox", "latest: Pulling from library/busybox",
                "a1: Pull complete", " ---> 3f57d9401f8d", "Step 2/2 : RUN echo hi",
                "Successfully built feedbeef0000");
    }

    @Test
    void classic_withoutAux_usesSuccessfullyBuilt() throws Exception {
        assertThat(parse("{\"stream\":\"Successfully built 0123456789ab\\n\"}")).isEqualTo("0123456789ab");
    }

    @Test
    void classic_failure_namesStepAndItsOutput() {
        assertThatThrownBy(() -> parse(
                "{\"stream\":\"Step 1/2 : FROM busybox\\n\"}", "{\"stream\":\"old\\n\"}",
                "{\"stream\":\"Step 2/2 : RUN false\\n\"}", "{\"stream\":\" ---\\u003e Running in 1a2b\\n\"}",
                "{\"errorDetail\":{\"code\":1,\"message\":\"The command '/bin/sh -c false' returned a non-zero code: 1\"},"
                        + "\"error\":\"The command '/bin/sh -c false' returned a non-zero code: 1\"}"))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.step()).isEqualTo("Step 2/2 : RUN false");
                    assertThat(e.lastLogLines()).containsExactly(" ---> Running in 1a2b");
                });
    }

    @Test
    void noImageId_isAnError_andNonJsonLinesArePrinted() {
        assertThatThrownBy(() -> parse("proxy says hello", "", "{\"stream\":\"text\\n\"}"))
                .isInstanceOf(BuildFailedException.class).hasMessageContaining("without an image id");
        assertThat(lines).containsExactly("proxy says hello", "text");
    }

    @Test
    void undecodableTrace_isReportedButDoesNotStopTheBuild() throws Exception {
        String id = parse(trace("@@@"), "{\"id\":\"moby.image.id\",\"aux\":{\"ID\":\"sha256:1\"}}");
        assertThat(id).isEqualTo("sha256:1");
        assertThat(lines).singleElement().asString().startsWith("Cannot decode BuildKit progress");
    }
}
