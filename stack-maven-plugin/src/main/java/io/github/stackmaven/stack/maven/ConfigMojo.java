package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.compose.write.ComposeWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/**
 * Prints the environment's effective compose model, merged, interpolated and in long syntax, as
 * {@code docker compose config} does, after the files it chose and why. The document goes to standard output
 * without log prefixes (so {@code mvn -q stack:config > effective.yml} works) or to {@code stack.config.output}.
 * Values that came from env files are masked unless {@code stack.config.showSecrets} is true. Needs no engine.
 */
@Mojo(name = "config", requiresProject = false, threadSafe = true)
public class ConfigMojo extends AbstractProjectMojo {

    /** {@code yaml} or {@code json}. */
    @Parameter(property = "stack.config.format", defaultValue = "yaml")
    private String format;

    /** Writes the document to this file instead of standard output. */
    @Parameter(property = "stack.config.output")
    private File output;

    /** Shows values that came from env files instead of {@code ********}. */
    @Parameter(property = "stack.config.showSecrets", defaultValue = "false")
    private boolean showSecrets;

    /** Skips this goal. */
    @Parameter(property = "stack.config.skip", defaultValue = "false")
    private boolean skipConfig;

    @Override
    protected String goal() {
        return "config";
    }

    @Override
    protected String skipReason() {
        return skipConfig ? "stack.config.skip" : super.skipReason();
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        ComposeWriter.Format f;
        try {
            f = ComposeWriter.Format.valueOf(format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("stack.config.format is '" + format + "'; use yaml or json");
        }
        Loaded loaded = load();
        getLog().info("Environment " + environment + ": " + loaded.selection().reason());
        loaded.project().warnings().forEach(getLog()::warn);
        String document = (showSecrets ? ComposeWriter.showingSecrets() : ComposeWriter.masked())
                .write(loaded.project(), f);
        if (output != null) {
            try {
                if (output.getParentFile() != null) {
                    Files.createDirectories(output.getParentFile().toPath());
                }
                Files.writeString(output.toPath(), document, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write " + output + ": " + e.getMessage(), e);
            }
            getLog().info("Wrote the effective configuration to " + output);
            return;
        }
        PrintStream out = System.out;
        out.print(document.endsWith("\n") ? document : document + "\n");
        out.flush();
    }
}
