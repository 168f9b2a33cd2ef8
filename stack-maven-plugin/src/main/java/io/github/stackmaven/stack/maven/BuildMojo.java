package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.ImageBuildFailedException;
import io.github.stackmaven.stack.service.ImageFilesException;
import io.github.stackmaven.stack.service.ImageSettingsException;
import io.github.stackmaven.stack.service.StackServiceException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * Builds the project's Dockerfile targets (default {@code builder} and {@code production}) with BuildKit through
 * the Engine API, no docker CLI needed: the main target is tagged {@code <image>:<version>}, every other one
 * {@code <image>-<target>:<version>}; each image carries the {@code org.opencontainers.image.*} labels. Progress
 * is printed as {@code docker build --progress=plain} does; the images are listed in
 * {@code target/stack/images.json} for {@code push}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractImageMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * The image repository: the main target is tagged {@code <image>:<version>}, every other target
     * {@code <image>-<target>:<version>}. May name a registry ({@code registry.example.com/team/app}).
     */
    @Parameter(property = "stack.image", defaultValue = "${project.artifactId}")
    private String image;

    /** The Dockerfile targets (stages) to build, in order, comma-separated. */
    @Parameter(property = "stack.targets", defaultValue = "builder,production")
    private List<String> targets;

    /** The target tagged {@code <image>:<version>}; the others get {@code <image>-<target>:<version>}. */
    @Parameter(property = "stack.mainTarget", defaultValue = "production")
    private String mainTarget;

    /** The Dockerfile; it may live outside the context. */
    @Parameter(property = "stack.dockerfile", defaultValue = "${project.basedir}/Dockerfile")
    private File dockerfile;

    /** The build context, sent to the engine as a tar that honours its {@code .dockerignore}. */
    @Parameter(property = "stack.context", defaultValue = "${project.basedir}")
    private File context;

    /**
     * Build args, e.g. {@code <buildArgs><JAVA_VERSION>21</JAVA_VERSION></buildArgs>}; a user property
     * {@code -Dstack.buildArgs.NAME=value} wins. {@code UID} and {@code GID} default to the current user's on Linux
     * (except for root, where the Dockerfile's own defaults apply).
     */
    @Parameter
    private Map<String, String> buildArgs;

    /** Extra image labels; the {@code org.opencontainers.image.*} ones are set for you. */
    @Parameter
    private Map<String, String> imageLabels;

    /** Always pull newer versions of the base images. */
    @Parameter(property = "stack.build.pull", defaultValue = "false")
    private boolean pull;

    /** Builds without the build cache. */
    @Parameter(property = "stack.build.noCache", defaultValue = "false")
    private boolean noCache;

    /**
     * Builds with the classic builder even where the engine has BuildKit (as {@code DOCKER_BUILDKIT=0} does);
     * {@code RUN --mount} then fails.
     */
    @Parameter(property = "stack.build.classic", defaultValue = "false")
    private boolean classic;

    /** Skips this goal. */
    @Parameter(property = "stack.build.skip", defaultValue = "false")
    private boolean skipBuild;

    /**
     * {@code auto}: build through a BuildKit client session (only changed files are sent, build secrets, registry
     * credentials for private base images), falling back to a tar upload where the engine refuses; {@code never}:
     * always upload the context as a tar.
     */
    @Parameter(property = "stack.buildSession", defaultValue = "auto")
    private String buildSession;

    /**
     * Build secrets by id for {@code RUN --mount=type=secret,id=...}: a file path or {@code env:NAME}, e.g.
     * {@code <secrets><maven-settings>${user.home}/.m2/settings.xml</maven-settings></secrets>}. Needs a session.
     */
    @Parameter
    private Map<String, String> secrets;

    private final SettingsDecrypter decrypter;

    @Inject
    public BuildMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    protected String goal() {
        return "build";
    }

    @Override
    protected String skipReason() {
        String reason = super.skipReason();
        return reason != null ? reason : skipBuild ? "stack.build.skip" : null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException, StackServiceException {
        MavenImageSettings settings = new MavenImageSettings(project, session.getUserProperties(), events());
        settings.image = image;
        settings.targets = targets;
        settings.mainTarget = mainTarget;
        settings.dockerfile = dockerfile;
        settings.context = context;
        settings.buildArgs = buildArgs;
        settings.imageLabels = imageLabels;
        settings.extraLabels = extraLabels();
        settings.pull = pull;
        settings.noCache = noCache;
        settings.classic = classic;
        settings.buildSession = buildSession;
        settings.secrets = secrets;
        settings.serverLogins = new MavenServerLogins(this.settings, decrypter);
        try {
            images().build(settings);
        } catch (ImageSettingsException | ImageBuildFailedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (ImageFilesException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
