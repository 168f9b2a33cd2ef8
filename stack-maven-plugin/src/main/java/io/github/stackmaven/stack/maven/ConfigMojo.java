package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.ConfigOptions;
import io.github.stackmaven.stack.service.StackServiceException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.PrintStream;

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
    protected void run() throws StackServiceException {
        String document = service().config(settings(), new ConfigOptions(format, showSecrets,
                output == null ? null : output.toPath()));
        if (document != null) {
            // standard output without log prefixes, so that mvn -q stack:config > effective.yml works
            PrintStream out = System.out;
            out.print(document);
            out.flush();
        }
    }
}
