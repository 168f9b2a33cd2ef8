package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.images.BuiltImage;
import io.github.stackmaven.stack.images.CredentialSource;
import io.github.stackmaven.stack.images.CredentialsException;
import io.github.stackmaven.stack.images.DockerConfigAuth;
import io.github.stackmaven.stack.images.GitInfo;
import io.github.stackmaven.stack.images.ImagePushException;
import io.github.stackmaven.stack.images.ImagePusher;
import io.github.stackmaven.stack.images.ImageRef;
import io.github.stackmaven.stack.images.ImagesJson;
import io.github.stackmaven.stack.images.InvalidImageReferenceException;
import io.github.stackmaven.stack.images.PushTargets;
import io.github.stackmaven.stack.images.RegistryAuthException;
import io.github.stackmaven.stack.images.RetryPolicy;
import io.github.stackmaven.stack.images.TagPolicy;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Pushes the main image {@code build} made (listed in {@code target/stack/images.json}), and the other targets
 * named in {@code stack.push.targets}. Tags: a {@code -SNAPSHOT}
 * version pushes {@code latest}, a release its version, a HEAD exactly at a git tag also that tag;
 * {@code stack.tags} replaces the rule. Credentials come from the settings.xml {@code <server>} whose id is the
 * registry host (encrypted passwords work), then docker's {@code config.json} ({@code auths}, {@code credHelpers},
 * {@code credsStore}). A registry that asks for credentials nobody gave is skipped with a warning, unless
 * {@code stack.push.strict}. Passwords never reach the log.
 */
@Mojo(name = "push", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public class PushMojo extends AbstractImageMojo {

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private Settings settings;

    /** The tags to push, comma-separated; replaces the version and git tag rule. */
    @Parameter(property = "stack.tags")
    private List<String> tags;

    /** The target {@code build} tagged {@code <image>:<version>}: the one image pushed by default. */
    @Parameter(property = "stack.mainTarget", defaultValue = "production")
    private String mainTarget;

    /**
     * Other built targets to push too, comma-separated (e.g. {@code builder}); by default only the main target's
     * image is pushed.
     */
    @Parameter(property = "stack.push.targets")
    private List<String> pushTargets;

    /** Registry to push to ({@code host[:port]}); default: the registry part of {@code stack.image}. */
    @Parameter(property = "stack.registry")
    private String registry;

    /**
     * The settings.xml {@code <server>} holding the registry's credentials, when its id is not the registry host.
     */
    @Parameter(property = "stack.push.serverId")
    private String serverId;

    /** Fails the build, instead of warning and skipping, when a registry asks for credentials nobody gave. */
    @Parameter(property = "stack.push.strict", defaultValue = "false")
    private boolean strict;

    /** Attempts per image on transient registry faults (5xx, 429, resets, timeouts), with backoff 1s, 2s, 4s... */
    @Parameter(property = "stack.push.attempts", defaultValue = "4")
    private int attempts;

    /** Skips this goal. */
    @Parameter(property = "stack.push.skip", defaultValue = "false")
    private boolean skipPush;

    private final SettingsDecrypter decrypter;

    @Inject
    public PushMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    protected String goal() {
        return "push";
    }

    @Override
    protected String skipReason() {
        String reason = super.skipReason();
        return reason != null ? reason : skipPush ? "stack.push.skip" : null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        List<BuiltImage> built = selected(builtImages());
        List<ImagePusher.Item> items = new ArrayList<>();
        try {
            TagPolicy policy = TagPolicy.of(project.getVersion(), tags == null || tags.isEmpty()
                    ? GitInfo.of(project.getBasedir().toPath()).tagAtHead().orElse(null) : null,
                    tags == null ? List.of() : tags);
            for (BuiltImage b : built) {
                ImageRef repository = b.repository();
                if (registry != null && !registry.isBlank()) {
                    repository = repository.inRegistry(registry);
                }
                items.add(new ImagePusher.Item(b.id(), policy.pushTags().stream().map(repository::withTag).toList()));
            }
        } catch (InvalidImageReferenceException e) {
            throw new MojoFailureException("Cannot push: " + e.getMessage());
        }
        RetryPolicy retry = new RetryPolicy(Math.max(1, attempts), Duration.ofSeconds(1), 2, Duration.ofSeconds(30));
        CredentialSource credentials = CredentialSource.firstOf(List.of(new SettingsCredentials(settings, decrypter,
                serverId), CredentialSource.dockerConfig(DockerConfigAuth.defaultLocation(System.getenv(),
                Path.of(System.getProperty("user.home"))))));
        try {
            ImagePusher.Report report = new ImagePusher(ImagePusher.transport(engine()), credentials, retry,
                    d -> Thread.sleep(d.toMillis()), events()).push(items, strict);
            if (!report.pushed().isEmpty()) {
                getLog().info("Pushed " + String.join(", ", report.pushed().keySet()));
            }
        } catch (ImagePushException | RegistryAuthException | CredentialsException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while pushing", e);
        }
    }

    private List<BuiltImage> selected(List<BuiltImage> built) throws MojoFailureException {
        PushTargets targets = PushTargets.select(built, mainTarget == null ? null : mainTarget.trim(),
                pushTargets == null ? List.of() : pushTargets);
        String names = String.join(", ", built.stream().map(b -> b.target() == null ? "(last stage)" : b.target())
                .toList());
        if (!targets.unknown().isEmpty()) {
            throw new MojoFailureException("stack.push.targets names " + String.join(", ", targets.unknown())
                    + ", which stack:build did not build (built: " + names + "); add it to stack.targets or remove"
                    + " it from stack.push.targets");
        }
        if (targets.push().isEmpty()) {
            throw new MojoFailureException("Nothing to push: stack:build built no " + mainTarget + " image (built: "
                    + names + "); list what to push in -Dstack.push.targets=" + String.join(",", targets.left())
                    + " or set stack.mainTarget");
        }
        if (!targets.left().isEmpty()) {
            getLog().info("Not pushing " + String.join(", ", targets.left()) + ": only the " + mainTarget
                    + " image is pushed by default; -Dstack.push.targets=" + String.join(",", targets.left())
                    + " pushes " + (targets.left().size() == 1 ? "it" : "them") + " too");
        }
        return targets.push();
    }

    private List<BuiltImage> builtImages() throws MojoFailureException, MojoExecutionException {
        Path file = imagesJson();
        try {
            List<BuiltImage> images = ImagesJson.read(file);
            if (images.isEmpty()) {
                throw new MojoFailureException(file + " lists no images; run stack:build first");
            }
            return images;
        } catch (NoSuchFileException e) {
            throw new MojoFailureException("Nothing to push: " + file + " is missing; run stack:build (phase"
                    + " package) in the same build, e.g. mvn deploy, or mvn package stack:push");
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
