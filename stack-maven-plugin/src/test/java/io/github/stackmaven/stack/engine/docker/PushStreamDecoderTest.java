package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.engine.PushEvent;
import io.github.stackmaven.stack.engine.PushFailedException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushStreamDecoderTest {

    private final List<PushEvent> events = new ArrayList<>();
    private final PushStreamDecoder push = new PushStreamDecoder("localhost:5000/app:1.0", events::add);

    private void feed(String... ndjson) {
        for (String l : ndjson) {
            push.line(l);
        }
    }

    @Test
    void layerMessagesStatusesAndDigest() {
        feed("{\"status\":\"The push refers to repository [localhost:5000/app]\"}",
                "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"a1\"}",
                "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":512,\"total\":4096},\"progress\":\"[=> ]\",\"id\":\"a1\"}",
                "{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"a1\"}",
                "{\"status\":\"Layer already exists\",\"progressDetail\":{},\"id\":\"b2\"}",
                "",
                "{\"status\":\"1.0: digest: sha256:abc size: 739\"}",
                "{\"progressDetail\":{},\"aux\":{\"Tag\":\"1.0\",\"Digest\":\"sha256:abc\",\"Size\":739}}");

        assertThat(push.finish()).isEqualTo("sha256:abc");
        assertThat(events).containsExactly(
                new PushEvent.Status("The push refers to repository [localhost:5000/app]"),
                new PushEvent.Layer("a1", "Preparing", 0, 0), new PushEvent.Layer("a1", "Pushing", 512, 4096),
                new PushEvent.Layer("a1", "Pushed", 0, 0), new PushEvent.Layer("b2", "Layer already exists", 0, 0),
                new PushEvent.Status("1.0: digest: sha256:abc size: 739"), new PushEvent.Digest("1.0", "sha256:abc"));
    }

    @Test
    void podmansDigestStatusLineWithoutAux_isTheDigest() {
        // Podman 4.3's compatible API ends a push with this status line and no aux message
        String digest = "sha256:0f464aa7522b9b78cd66ff4c919909d86cd49fcfb86bfdf188f3f97d5ab88c91";
        feed("{\"status\":\"The push refers to repository [localhost:5000/app:candidate]\"}",
                "{\"status\":\"candidate: digest: " + digest + " size: 737\"}");
        assertThat(push.finish()).isEqualTo(digest);
        assertThat(events).last().isEqualTo(new PushEvent.Digest("candidate", digest));
    }

    @Test
    void registryError_isTypedWithImageAndRegistry() {
        feed("{\"status\":\"Preparing\",\"id\":\"a1\"}",
                "{\"errorDetail\":{\"message\":\"unauthorized: authentication required\"},"
                        + "\"error\":\"unauthorized: authentication required\"}");

        assertThatThrownBy(push::finish).isInstanceOfSatisfying(PushFailedException.class, e -> {
            assertThat(e.image()).isEqualTo("localhost:5000/app:1.0");
            assertThat(e.registry()).isEqualTo("localhost:5000");
            assertThat(e.error()).isEqualTo("unauthorized: authentication required");
            assertThat(e.httpStatus()).isZero();
            assertThat(e.getMessage()).isEqualTo(
                    "Push of localhost:5000/app:1.0 failed: unauthorized: authentication required");
        });
    }

    @Test
    void endWithoutDigest_isAnError_andNonJsonLinesAreStatuses() {
        feed("{\"status\":\"Preparing\",\"id\":\"a1\"}", "not json");
        assertThatThrownBy(push::finish).isInstanceOf(PushFailedException.class)
                .hasMessageContaining("without a digest");
        assertThat(events).containsExactly(new PushEvent.Layer("a1", "Preparing", 0, 0),
                new PushEvent.Status("not json"));
    }

    @Test
    void registryOfADockerHubName() {
        assertThat(new PushFailedException("team/app:1", "x", 0).registry()).isEqualTo("docker.io");
        assertThat(new PushFailedException("registry.example.com/app:1", "x", 0).registry())
                .isEqualTo("registry.example.com");
    }
}
