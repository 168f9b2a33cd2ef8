package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.PsOptions;
import io.github.stackmaven.stack.service.StackServiceException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/**
 * Lists the containers of the stacks this plugin started on the engine, grouped by compose project, with each
 * stack's environment and whether the build that owns it is still running.
 */
@Mojo(name = "ps", requiresProject = false, threadSafe = true)
public class PsMojo extends AbstractStackMojo {

    /** Only this compose project, wherever it was started from. */
    @Parameter(property = "stack.projectName")
    private String projectName;

    /**
     * Lists every stack of the plugin on the engine; otherwise only the stacks started from this project's directory
     * ({@code stack.directory}, default the project's base directory, or the current directory outside a project).
     */
    @Parameter(property = "stack.all", defaultValue = "false")
    private boolean all;

    /** Whose stacks to list when {@code stack.all} is not set: those started from this directory or below it. */
    @Parameter(property = "stack.directory", defaultValue = "${project.basedir}")
    private File directory;

    /** {@code text} (a table per project) or {@code json} (for scripts). */
    @Parameter(property = "stack.ps.format", defaultValue = "text")
    private String format;

    /** Writes the listing to this file instead of the build log. */
    @Parameter(property = "stack.ps.output")
    private File output;

    /** Skips this goal. */
    @Parameter(property = "stack.ps.skip", defaultValue = "false")
    private boolean skipPs;

    @Override
    protected String goal() {
        return "ps";
    }

    @Override
    protected String skipReason() {
        return skipPs ? "stack.ps.skip" : super.skipReason();
    }

    @Override
    protected void run() throws StackServiceException {
        MavenStackSettings s = new MavenStackSettings();
        s.directory = (directory != null ? directory.toPath() : Path.of(System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
        s.projectName = projectName;
        s.dockerHost = dockerHost;
        service().ps(s, new PsOptions(all, format, output == null ? null : output.toPath()));
    }
}
