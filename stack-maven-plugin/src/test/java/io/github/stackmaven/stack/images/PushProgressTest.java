package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushProgressTest {

    private final List<String> lines = new ArrayList<>();
    private final PushProgress push = new PushProgress("localhost:5000/app:1.0", lines::add);

    private void feed(String... ndjson) {
        for (String l : ndjson) {
            push.line(l);
        }
    }

    @Test
    void collapsesLayerProgress_reportsDigest() throws Exception {
        feed("{\"status\":\"The push refers to repository [localhost:5000/app]\"}",
                "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"a1\"}",
                "{\"status\":\"Preparing\",\"progressDetail\":{},\"id\":\"b2\"}",
                "{\"status\":\"Waiting\",\"progressDetail\":{},\"id\":\"b2\"}",
                "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":512,\"total\":4096},\"progress\":\"[=> ]\",\"id\":\"a1\"}",
                "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":2048,\"total\":4096},\"id\":\"a1\"}",
                "{\"status\":\"Pushing\",\"progressDetail\":{\"current\":4096,\"total\":4096},\"id\":\"a1\"}",
                "{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"a1\"}",
                "{\"status\":\"Layer already exists\",\"progressDetail\":{},\"id\":\"b2\"}",
                "",
                "{\"status\":\"1.0: digest: sha256:abc size: 739\"}",
                "{\"progressDetail\":{},\"aux\":{\"Tag\":\"1.0\",\"Digest\":\"sha256:abc\",\"Size\":739}}");

        assertThat(push.finish()).isEqualTo("sha256:abc");
        assertThat(push.tag()).isEqualTo("1.0");
        assertThat(push.layerCount()).isEqualTo(2);
        assertThat(lines).containsExactly("The push refers to repository [localhost:5000/app]",
                "a1: Preparing", "b2: Preparing", "b2: Waiting", "a1: Pushing", "a1: Pushed",
                "b2: Layer already exists", "1.0: digest: sha256:abc size: 739");
    }

    @Test
    void podmansDigestStatusLineWithoutAux_isTheDigest() throws Exception {
        // Podman 4.3's compatible API ends a push with this status line and no aux message
        String digest = "sha256:0f464aa7522b9b78cd66ff4c919909d86cd49fcfb86bfdf188f3f97d5ab88c91";
        feed("{\"status\":\"The push refers to repository [localhost:5000/app:candidate]\"}",
                "{\"status\":\"candidate: digest: " + digest + " size: 737\"}");
        assertThat(push.finish()).isEqualTo(digest);
        assertThat(push.tag()).isEqualTo("candidate");
    }

    @Test
    void unauthorized_isTyped() {
        feed("{\"status\":\"Preparing\",\"id\":\"a1\"}",
                "{\"errorDetail\":{\"message\":\"unauthorized: authentication required\"},"
                        + "\"error\":\"unauthorized: authentication required\"}");

        assertThatThrownBy(push::finish).isInstanceOfSatisfying(ImagePushException.class, e -> {
            assertThat(e.kind()).isEqualTo(ImagePushException.Kind.UNAUTHORIZED);
            assertThat(e.image()).isEqualTo("localhost:5000/app:1.0");
            assertThat(e.getMessage()).isEqualTo(
                    "Push of localhost:5000/app:1.0 failed: unauthorized: authentication required");
        });
    }

    @Test
    void errorKinds() {
        assertThat(ImagePushException.classify("denied: requested access to the resource is denied"))
                .isEqualTo(ImagePushException.Kind.UNAUTHORIZED);
        assertThat(ImagePushException.classify("name unknown: repository name not known to registry"))
                .isEqualTo(ImagePushException.Kind.NOT_FOUND);
        assertThat(ImagePushException.classify("received unexpected HTTP status: 503 Service Unavailable"))
                .isEqualTo(ImagePushException.Kind.TRANSIENT);
        assertThat(ImagePushException.classify("Put https://r/v2/x/blobs/uploads/1: read tcp: connection reset by peer"))
                .isEqualTo(ImagePushException.Kind.TRANSIENT);
        assertThat(ImagePushException.classify("blob upload invalid: sha256:1401abc"))
                .isEqualTo(ImagePushException.Kind.OTHER);
    }

    @Test
    void endWithoutDigest_isAnError() {
        feed("{\"status\":\"Preparing\",\"id\":\"a1\"}", "not json");
        assertThatThrownBy(push::finish).isInstanceOf(ImagePushException.class).hasMessageContaining("without a digest");
        assertThat(lines).containsExactly("a1: Preparing", "not json");
    }

    @Test
    void theBytesOfASlowLayerReachTheLayerProgress() throws Exception {
        List<String> info = new ArrayList<>();
        long[] now = {0};
        PushProgress slow = new PushProgress("localhost:5000/app:1.0", lines::add,
                new LayerProgress(info::add, l -> { }, () -> now[0], java.time.Duration.ofSeconds(5)));
        slow.line("{\"status\":\"Pushing\",\"progressDetail\":{\"current\":1048576,\"total\":52428800},\"id\":\"a1\"}");
        now[0] = 6_000_000_000L;
        slow.line("{\"status\":\"Pushing\",\"progressDetail\":{\"current\":20971520,\"total\":52428800},\"id\":\"a1\"}");
        slow.line("{\"status\":\"Pushed\",\"progressDetail\":{},\"id\":\"a1\"}");
        assertThat(info).containsExactly("pushing a1: 20.0 MiB / 50.0 MiB");
        assertThat(lines).containsExactly("a1: Pushing", "a1: Pushed");
    }
}
