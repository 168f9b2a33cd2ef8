package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.orchestration.StackCatalog;
import io.github.stackmaven.stack.orchestration.StackJson;
import io.github.stackmaven.stack.orchestration.StackSummary;
import io.github.stackmaven.stack.orchestration.StackTable;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (!"text".equals(format) && !"json".equals(format)) {
            throw new MojoFailureException("stack.ps.format is '" + format + "'; use text or json");
        }
        List<StackSummary> stacks = new StackCatalog(engine()).list(blankToNull(projectName));
        if (!all && blankToNull(projectName) == null) {
            List<StackSummary> everywhere = stacks;
            Path dir = directory != null ? directory.toPath() : Path.of(System.getProperty("user.dir"));
            stacks = StackCatalog.startedFrom(everywhere, dir);
            if (stacks.size() < everywhere.size()) {
                getLog().info("Stacks started from " + dir + "; " + (everywhere.size() - stacks.size())
                        + " other stack(s) on the engine: -Dstack.all=true lists them too");
            }
        }
        List<String> lines = "json".equals(format) ? List.of(StackJson.render(stacks)) : StackTable.render(stacks);
        if (output != null) {
            write(lines);
            getLog().info("Wrote " + stacks.size() + " stack(s) to " + output);
        } else {
            lines.forEach(getLog()::info);
        }
    }

    private void write(List<String> lines) throws MojoExecutionException {
        try {
            if (output.getParentFile() != null) {
                Files.createDirectories(output.getParentFile().toPath());
            }
            Files.write(output.toPath(), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
