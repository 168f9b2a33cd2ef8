package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.event.RecordingEvents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.PushEvent;
import io.github.stackmaven.stack.engine.PushFailedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ImagePusherTest {

    private static final PushEvent OK = new PushEvent.Digest("t", "sha256:d1");

    /** Answers each push with the next scripted outcome: events ending with a digest, or a failure. */
    private static final class FakeTransport implements ImagePusher.Transport {
        final Deque<Object> script = new ArrayDeque<>();
        final List<String> tagged = new ArrayList<>();
        final List<String> pushes = new ArrayList<>();
        final List<Credentials> sent = new ArrayList<>();

        FakeTransport answer(PushEvent... events) {
            script.add(List.of(events));
            return this;
        }

        /** The registry's error in the stream. */
        FakeTransport error(String message) {
            script.add(new PushFailedException("pushed", message, 0));
            return this;
        }

        FakeTransport fail(String message) {
            script.add(new EngineException(message));
            return this;
        }

        @Override
        public void tag(String imageId, ImageRef ref) {
            tagged.add(imageId + " " + ref);
        }

        @Override
        @SuppressWarnings("unchecked")
        public String push(ImageRef ref, Credentials credentials, Consumer<PushEvent> events) {
            pushes.add(ref.toString());
            sent.add(credentials);
            Object next = script.isEmpty() ? List.of(OK) : script.poll();
            if (next instanceof EngineException e) {
                throw e;
            }
            List<PushEvent> answer = (List<PushEvent>) next;
            answer.forEach(events);
            return answer.stream().filter(PushEvent.Digest.class::isInstance).map(PushEvent.Digest.class::cast)
                    .map(PushEvent.Digest::digest).reduce((a, b) -> b)
                    .orElseThrow(() -> new PushFailedException("pushed", "no digest", 0));
        }
    }

    private final RecordingEvents events = new RecordingEvents();
    private final List<String> info = events.info();
    private final List<String> warn = events.warn();
    private final List<String> debug = events.debug();
    private final List<Duration> slept = new ArrayList<>();
    private final FakeTransport transport = new FakeTransport();
    private int lookups;

    private ImagePusher pusher(Optional<RegistryCredentials> found) {
        CredentialSource source = host -> {
            lookups++;
            return found;
        };
        return new ImagePusher(transport, source, RetryPolicy.defaults(), slept::add, events);
    }

    private static ImagePusher.Item item(String id, String... refs) {
        return new ImagePusher.Item(id, java.util.Arrays.stream(refs).map(ImageRef::parse).toList());
    }

    private static Optional<RegistryCredentials> settings(String user, String password) {
        return Optional.of(new RegistryCredentials(Credentials.basic("localhost:5000", user, password),
                "settings.xml <server> 'localhost:5000'"));
    }

    @Test
    void push_tagsThenPushesEveryRef_credentialsLookedUpOncePerRegistry() throws Exception {
        ImagePusher.Report report = pusher(settings("ci", "s3cret")).push(List.of(
                item("sha256:a", "localhost:5000/app:latest", "localhost:5000/app:rel-1"),
                item("sha256:b", "localhost:5000/app-builder:latest")), false);

        assertThat(transport.tagged).containsExactly("sha256:a localhost:5000/app:latest",
                "sha256:a localhost:5000/app:rel-1", "sha256:b localhost:5000/app-builder:latest");
        assertThat(report.pushed()).containsOnlyKeys("localhost:5000/app:latest", "localhost:5000/app:rel-1",
                "localhost:5000/app-builder:latest").containsValue("sha256:d1");
        assertThat(report.skippedRegistries()).isEmpty();
        assertThat(lookups).isEqualTo(1);
        assertThat(transport.sent).allSatisfy(c -> assertThat(c.username()).isEqualTo("ci"));
    }

    @Test
    void push_layerProgressCollapsed_waitingStatesOnlyInDebug() throws Exception {
        transport.answer(new PushEvent.Status("The push refers to repository [localhost:5000/app]"),
                new PushEvent.Layer("l1", "Preparing", 0, 0), new PushEvent.Layer("l1", "Waiting", 0, 0),
                new PushEvent.Layer("l1", "Pushing", 1, 9), new PushEvent.Layer("l1", "Pushing", 5, 9),
                new PushEvent.Layer("l1", "Pushed", 0, 0), OK);

        pusher(Optional.empty()).push(List.of(item("sha256:a", "localhost:5000/app:1.0")), false);

        assertThat(info).containsExactly("No credentials for localhost:5000; pushing anonymously",
                "Pushing localhost:5000/app:1.0",
                "The push refers to repository [localhost:5000/app]", "l1: Pushed",
                "Pushed localhost:5000/app:1.0 (sha256:d1)");
        assertThat(debug).contains("l1: Preparing", "l1: Waiting", "l1: Pushing");
    }

    @Test
    void push_transientFaults_retriedWithBackoff() throws Exception {
        transport.error("received unexpected HTTP status: 502 Bad Gateway")
                .fail("Push of localhost:5000/app:1.0 failed: SocketException: Connection reset").answer(OK);

        ImagePusher.Report report = pusher(Optional.empty()).push(List.of(item("sha256:a", "localhost:5000/app:1.0")),
                false);

        assertThat(report.pushed()).containsKey("localhost:5000/app:1.0");
        assertThat(transport.pushes).hasSize(3);
        assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(warn).hasSize(2).first().asString().contains("502 Bad Gateway").contains("attempt 2 of 4");
    }

    @Test
    void push_transientFaultEveryTime_givesUpAfterMaxAttempts() {
        for (int i = 0; i < 5; i++) {
            transport.error("received unexpected HTTP status: 503 Service Unavailable");
        }
        assertThatThrownBy(() -> pusher(Optional.empty()).push(List.of(item("sha256:a", "localhost:5000/app:1")),
                false)).isInstanceOf(ImagePushException.class).hasMessageContaining("503");
        assertThat(transport.pushes).hasSize(4);
        assertThat(slept).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void push_permanentError_notRetried() {
        transport.error("manifest invalid: manifest invalid");
        assertThatThrownBy(() -> pusher(Optional.empty()).push(List.of(item("sha256:a", "localhost:5000/app:1")),
                false)).isInstanceOf(ImagePushException.class).hasMessageContaining("manifest invalid");
        assertThat(transport.pushes).hasSize(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void push_noCredentialsAndRegistryAsks_skipsThatRegistryWithWarning() throws Exception {
        transport.error("no basic auth credentials");

        ImagePusher.Report report = pusher(Optional.empty()).push(List.of(
                item("sha256:a", "localhost:5000/app:latest", "localhost:5000/app:v1"),
                item("sha256:b", "localhost:5001/app:latest")), false);

        assertThat(report.skippedRegistries()).containsExactly("localhost:5000");
        assertThat(report.pushed()).containsOnlyKeys("localhost:5001/app:latest");
        assertThat(transport.pushes).containsExactly("localhost:5000/app:latest", "localhost:5001/app:latest");
        assertThat(warn).singleElement().asString()
                .contains("The registry localhost:5000 asks for credentials and none were found")
                .contains("settings.xml <server> with id 'localhost:5000'").contains("stack.push.strict");
    }

    @Test
    void push_noCredentialsStrict_fails() {
        transport.error("no basic auth credentials");
        assertThatThrownBy(() -> pusher(Optional.empty()).push(List.of(item("sha256:a", "localhost:5000/app:1")),
                true)).isInstanceOf(RegistryAuthException.class)
                .hasMessageContaining("localhost:5000 asks for credentials").hasMessageContaining("strict");
        assertThat(warn).isEmpty();
    }

    @Test
    void push_credentialsRefused_namesUserAndSource_neverThePassword() {
        transport.error("unauthorized: authentication required (tried user ci with s3cret)");
        assertThatThrownBy(() -> pusher(settings("ci", "s3cret")).push(
                List.of(item("sha256:a", "localhost:5000/app:1")), false))
                .isInstanceOf(RegistryAuthException.class)
                .hasMessageContaining("The registry localhost:5000 refused the credentials of user 'ci' from"
                        + " settings.xml <server> 'localhost:5000'")
                .hasMessageContaining("mvn --encrypt-password")
                .hasMessageNotContaining("s3cret");
        assertThat(transport.pushes).hasSize(1);
    }

    @Test
    void mask_replacesSecrets() {
        Credentials c = Credentials.basic("r", "u", "pw-123");
        assertThat(ImagePusher.mask("bad pw-123 here", c)).isEqualTo("bad **** here");
        assertThat(ImagePusher.mask("nothing", null)).isEqualTo("nothing");
    }
}
