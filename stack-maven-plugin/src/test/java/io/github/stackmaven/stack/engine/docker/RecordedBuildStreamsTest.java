package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.engine.BuildEvent;
import io.github.stackmaven.stack.engine.BuildFailedException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers of Docker 26.1 to {@code POST /build}, recorded with curl ({@code src/test/resources/build-streams}):
 * BuildKit's trace decoded into steps, and the failures typed.
 */
class RecordedBuildStreamsTest {

    private final List<BuildEvent> events = new ArrayList<>();

    private String decode(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/build-streams/" + name)) {
            return new BuildStreamDecoder("production", events::add).decode(in);
        }
    }

    private int step(String name) {
        return events.stream().filter(BuildEvent.StepStarted.class::isInstance).map(BuildEvent.StepStarted.class::cast)
                .filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                        "no step " + name + " in " + events)).step();
    }

    @Test
    void buildkitSuccess_stepsTheirOutputAndTheImageId() throws Exception {
        String id = decode("buildkit-ok.ndjson");

        assertThat(id).isEqualTo("sha256:9381478d61156fcecf39983c79b191568074d4344823c5961ee54c930b831b77");
        int run = step("[2/2] RUN echo \"hello from the recording\" && echo second line");
        List<BuildEvent> ofRun = events.stream().filter(e -> e.plainLine().startsWith("#" + run + " ")).toList();
        assertThat(ofRun.get(0)).isInstanceOf(BuildEvent.StepStarted.class);
        assertThat(ofRun).filteredOn(BuildEvent.StepLog.class::isInstance).map(e -> ((BuildEvent.StepLog) e).line())
                .containsExactly("hello from the recording", "second line");
        assertThat(ofRun.get(ofRun.size() - 1)).isInstanceOf(BuildEvent.StepDone.class);
        assertThat(events).filteredOn(BuildEvent.StepFailed.class::isInstance).isEmpty();
        assertThat(events).filteredOn(BuildEvent.StepStarted.class::isInstance)
                .map(e -> ((BuildEvent.StepStarted) e).name())
                .contains("[internal] load metadata for docker.io/library/busybox:latest", "exporting to image");
        assertThat(events).contains(new BuildEvent.StepCached(step("[1/2] FROM docker.io/library/busybox:latest")));
    }

    @Test
    void buildkitFailure_carriesTargetStepErrorAndOutput() {
        assertThatThrownBy(() -> decode("buildkit-failed.ndjson"))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.target()).isEqualTo("production");
                    assertThat(e.step()).matches("#\\d+ \\[2/2] RUN echo \"about to fail\" && exit 3");
                    assertThat(e.error()).endsWith("did not complete successfully: exit code: 3");
                    assertThat(e.lastLogLines()).containsExactly("about to fail");
                });
        assertThat(events).filteredOn(BuildEvent.StepFailed.class::isInstance).singleElement()
                .satisfies(f -> assertThat(f.plainLine()).contains("ERROR: process \"/bin/sh -c echo"));
    }

    @Test
    void classicFailure_namesTheStepAndItsOutput() {
        assertThatThrownBy(() -> decode("classic-failed.ndjson"))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.step()).isEqualTo("Step 2/2 : RUN echo \"about to fail\" && exit 3");
                    assertThat(e.error()).endsWith("returned a non-zero code: 3");
                    assertThat(e.lastLogLines()).contains("about to fail");
                });
        assertThat(events).allSatisfy(e -> assertThat(e).isInstanceOf(BuildEvent.Output.class))
                .map(BuildEvent::plainLine).startsWith("Step 1/2 : FROM busybox:latest AS production");
    }
}
