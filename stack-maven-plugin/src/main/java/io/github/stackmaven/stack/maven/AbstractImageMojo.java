package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.ImagesJson;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;

/** What {@code build} and {@code push} share: the project, the image repository and where the built images are listed. */
public abstract class AbstractImageMojo extends AbstractStackMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * The image repository: the main target is tagged {@code <image>:<version>}, every other target
     * {@code <image>-<target>:<version>}. May name a registry ({@code registry.example.com/team/app}).
     */
    @Parameter(property = "stack.image", defaultValue = "${project.artifactId}")
    protected String image;

    /** {@code target/stack/images.json}: written by {@code build}, read by {@code push}. */
    protected Path imagesJson() {
        return Path.of(project.getBuild().getDirectory(), "stack", ImagesJson.FILE_NAME);
    }

    protected EventSink events() {
        return new EventSink() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void debug(String message) {
                getLog().debug(message);
            }
        };
    }
}
