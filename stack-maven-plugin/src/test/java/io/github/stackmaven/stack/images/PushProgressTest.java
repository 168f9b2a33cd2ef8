package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.engine.PushEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushProgressTest {

    private final List<String> lines = new ArrayList<>();
    private final PushProgress push = new PushProgress(lines::add);

    private void feed(PushEvent... events) {
        for (PushEvent e : events) {
            push.accept(e);
        }
    }

    private static PushEvent layer(String id, String status) {
        return new PushEvent.Layer(id, status, 0, 0);
    }

    @Test
    void collapsesLayerProgress_printsStatuses() {
        feed(new PushEvent.Status("The push refers to repository [localhost:5000/app]"),
                layer("a1", "Preparing"), layer("b2", "Preparing"), layer("b2", "Waiting"),
                new PushEvent.Layer("a1", "Pushing", 512, 4096), new PushEvent.Layer("a1", "Pushing", 2048, 4096),
                new PushEvent.Layer("a1", "Pushing", 4096, 4096), layer("a1", "Pushed"),
                layer("b2", "Layer already exists"), new PushEvent.Status("1.0: digest: sha256:abc size: 739"),
                new PushEvent.Digest("1.0", "sha256:abc"));

        assertThat(push.tag()).isEqualTo("1.0");
        assertThat(push.layerCount()).isEqualTo(2);
        assertThat(lines).containsExactly("The push refers to repository [localhost:5000/app]",
                "a1: Preparing", "b2: Preparing", "b2: Waiting", "a1: Pushing", "a1: Pushed",
                "b2: Layer already exists", "1.0: digest: sha256:abc size: 739");
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
    void theBytesOfASlowLayerReachTheLayerProgress() {
        List<String> info = new ArrayList<>();
        long[] now = {0};
        PushProgress slow = new PushProgress(lines::add,
                new LayerProgress(info::add, l -> { }, () -> now[0], java.time.Duration.ofSeconds(5)));
        slow.accept(new PushEvent.Layer("a1", "Pushing", 1048576, 52428800));
        now[0] = 6_000_000_000L;
        slow.accept(new PushEvent.Layer("a1", "Pushing", 20971520, 52428800));
        slow.accept(layer("a1", "Pushed"));
        assertThat(info).containsExactly("pushing a1: 20.0 MiB / 50.0 MiB");
        assertThat(lines).containsExactly("a1: Pushing", "a1: Pushed");
    }
}
