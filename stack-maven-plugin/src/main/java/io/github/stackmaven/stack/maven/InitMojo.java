package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.EnvService;
import io.github.stackmaven.stack.service.StackServiceException;
import io.github.stackmaven.stack.service.StateFileException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Creates the project's env files that are missing from their committed templates: {@code .env} from
 * {@code .env.default}, {@code app.env} from {@code app.env.default} (every {@code *.env.default} next to the
 * compose files, or the pairs in {@code stack.init.files}). Markers in a template are filled in:
 * {@code @{secret}} (a new random secret, 32 letters and digits), {@code @{secret:N}} (N characters),
 * {@code @{uid}} / {@code @{gid}} (the current user's ids); {@code @@{} is a literal {@code @{}. The files are
 * created with mode 600. An existing file is never touched, so running {@code init} again is safe. Secrets never
 * reach the log. Needs no engine.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Where the templates are and the env files go (the compose files' directory). */
    @Parameter(property = "stack.directory", defaultValue = "${project.basedir}")
    private File directory;

    /**
     * The files to create, comma-separated, each {@code target=template} (e.g. {@code .env=example.env}) or just
     * {@code target} (template {@code target.default}); relative to {@code directory}. Default: {@code .env} from
     * {@code .env.default} and {@code X.env} from every {@code X.env.default} there.
     */
    @Parameter(property = "stack.init.files")
    private List<String> files;

    /** Skips every goal of this plugin. */
    @Parameter(property = "stack.skip", defaultValue = "false")
    private boolean skip;

    /** Skips this goal. */
    @Parameter(property = "stack.init.skip", defaultValue = "false")
    private boolean skipInit;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipInit) {
            getLog().info("Skipping stack:init (" + (skip ? "stack.skip" : "stack.init.skip") + ")");
            return;
        }
        Path dir = directory != null ? directory.toPath() : Path.of(System.getProperty("user.dir"));
        try {
            new EnvService(new MavenEvents(getLog())).init(dir, files);
        } catch (StateFileException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (StackServiceException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }
}
