package io.github.stackmaven.stack.maven;

import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;

/**
 * What {@code build} and {@code push} share: the project, whose version, name and output directory (where the
 * built images are listed, {@code target/stack/images.json}) the goals pass on.
 */
public abstract class AbstractImageMojo extends AbstractStackMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Maven's settings: the {@code <server>} entries hold registry credentials for pushes and base images. */
    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;
}
