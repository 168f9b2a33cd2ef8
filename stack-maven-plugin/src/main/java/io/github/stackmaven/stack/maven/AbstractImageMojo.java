package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.images.ImagesJson;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;

/** What {@code build} and {@code push} share: the project and where the built images are listed. */
public abstract class AbstractImageMojo extends AbstractStackMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** {@code target/stack/images.json}: written by {@code build}, read by {@code push}. */
    protected Path imagesJson() {
        return Path.of(project.getBuild().getDirectory(), "stack", ImagesJson.FILE_NAME);
    }
}
