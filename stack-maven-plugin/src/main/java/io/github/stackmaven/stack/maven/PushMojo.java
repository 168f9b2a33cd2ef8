package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.ImageFilesException;
import io.github.stackmaven.stack.service.ImagePushFailedException;
import io.github.stackmaven.stack.service.ImageSettingsException;
import io.github.stackmaven.stack.service.StackServiceException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
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
    protected void run() throws MojoExecutionException, MojoFailureException, StackServiceException {
        MavenImageSettings config = new MavenImageSettings(project, new java.util.Properties(), events());
        config.tags = tags;
        config.mainTarget = mainTarget;
        config.pushTargets = pushTargets;
        config.registry = registry;
        config.strict = strict;
        config.attempts = attempts;
        config.serverLogins = new MavenServerLogins(settings, decrypter);
        config.serverId = serverId;
        try {
            images().push(config);
        } catch (ImageSettingsException | ImagePushFailedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (ImageFilesException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while pushing", e);
        }
    }
}
