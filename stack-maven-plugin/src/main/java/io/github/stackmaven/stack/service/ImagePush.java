package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.BuiltImage;
import io.github.stackmaven.stack.images.CredentialSource;
import io.github.stackmaven.stack.images.CredentialsException;
import io.github.stackmaven.stack.images.DockerConfigAuth;
import io.github.stackmaven.stack.images.GitInfo;
import io.github.stackmaven.stack.images.ImagePushException;
import io.github.stackmaven.stack.images.ImagePusher;
import io.github.stackmaven.stack.images.ImageRef;
import io.github.stackmaven.stack.images.InvalidImageReferenceException;
import io.github.stackmaven.stack.images.PushTargets;
import io.github.stackmaven.stack.images.RegistryAuthException;
import io.github.stackmaven.stack.images.RetryPolicy;
import io.github.stackmaven.stack.images.TagPolicy;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** One run of {@code push}: picks the built images, applies the tag rules and pushes with the found credentials. */
final class ImagePush {

    private final ImageSettings s;
    private final Supplier<EngineClient> engine;
    private final EventSink events;

    ImagePush(ImageSettings settings, Supplier<EngineClient> engine) {
        this.s = settings;
        this.engine = engine;
        this.events = settings.events();
    }

    PushResult run()
            throws ImageSettingsException, ImagePushFailedException, ImageFilesException, InterruptedException {
        List<BuiltImage> built = selected(builtImages());
        List<ImagePusher.Item> items = new ArrayList<>();
        try {
            TagPolicy policy = TagPolicy.of(s.projectVersion(), s.tags().isEmpty()
                    ? GitInfo.of(s.projectDirectory()).tagAtHead().orElse(null) : null, s.tags());
            for (BuiltImage b : built) {
                ImageRef repository = b.repository();
                if (s.registry() != null && !s.registry().isBlank()) {
                    repository = repository.inRegistry(s.registry());
                }
                items.add(new ImagePusher.Item(b.id(), policy.pushTags().stream().map(repository::withTag).toList()));
            }
        } catch (InvalidImageReferenceException e) {
            throw new ImageSettingsException("stack.tags", "Cannot push: " + e.getMessage());
        }
        RetryPolicy retry = new RetryPolicy(Math.max(1, s.attempts()), Duration.ofSeconds(1), 2,
                Duration.ofSeconds(30));
        CredentialSource credentials = CredentialSource.firstOf(List.of(s.credentials(),
                CredentialSource.dockerConfig(DockerConfigAuth.defaultLocation(s.environment(), s.userHome()))));
        try {
            ImagePusher.Report report = new ImagePusher(ImagePusher.transport(engine.get()), credentials, retry,
                    d -> Thread.sleep(d.toMillis()), events).push(items, s.strict());
            if (!report.pushed().isEmpty()) {
                events.info("Pushed " + String.join(", ", report.pushed().keySet()));
            }
            return new PushResult(report.pushed(), report.skippedRegistries());
        } catch (ImagePushException e) {
            throw new ImagePushFailedException(null, e.getMessage(), e);
        } catch (RegistryAuthException e) {
            throw new ImagePushFailedException(e.registry(), e.getMessage(), e);
        } catch (CredentialsException e) {
            throw new ImagePushFailedException(e.registry(), e.getMessage(), e);
        }
    }

    private List<BuiltImage> selected(List<BuiltImage> built) throws ImageSettingsException {
        String main = s.mainTarget() == null ? null : s.mainTarget().trim();
        PushTargets targets = PushTargets.select(built, main, s.pushTargets());
        String names = String.join(", ", built.stream().map(b -> b.target() == null ? "(last stage)" : b.target())
                .toList());
        if (!targets.unknown().isEmpty()) {
            throw new ImageSettingsException("stack.push.targets", "stack.push.targets names "
                    + String.join(", ", targets.unknown()) + ", which stack:build did not build (built: " + names
                    + "); add it to stack.targets or remove it from stack.push.targets");
        }
        if (targets.push().isEmpty()) {
            throw new ImageSettingsException("stack.mainTarget", "Nothing to push: stack:build built no "
                    + s.mainTarget() + " image (built: " + names + "); list what to push in -Dstack.push.targets="
                    + String.join(",", targets.left()) + " or set stack.mainTarget");
        }
        if (!targets.left().isEmpty()) {
            events.info("Not pushing " + String.join(", ", targets.left()) + ": only the " + s.mainTarget()
                    + " image is pushed by default; -Dstack.push.targets=" + String.join(",", targets.left())
                    + " pushes " + (targets.left().size() == 1 ? "it" : "them") + " too");
        }
        return targets.push();
    }

    private List<BuiltImage> builtImages() throws ImageSettingsException, ImageFilesException {
        Path file = s.imagesJson();
        try {
            List<BuiltImage> images = ImagesJson.read(file);
            if (images.isEmpty()) {
                throw new ImageSettingsException("stack.targets", file + " lists no images; run stack:build first");
            }
            return images;
        } catch (NoSuchFileException e) {
            throw new ImageSettingsException("stack.targets", "Nothing to push: " + file + " is missing; run"
                    + " stack:build (phase package) in the same build, e.g. mvn deploy, or mvn package stack:push");
        } catch (IOException e) {
            throw new ImageFilesException(file, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
