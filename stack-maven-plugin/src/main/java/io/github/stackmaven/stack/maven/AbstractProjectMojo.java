package io.github.stackmaven.stack.maven;

import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Goals that work on the project's compose files: the parameters that say which files make an environment. */
public abstract class AbstractProjectMojo extends AbstractStackMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** {@code dev}, {@code test}, {@code prod} or {@code ci} (or any name your files use). */
    @Parameter(property = "stack.environment", defaultValue = "test")
    protected String environment;

    /** Explicit compose files, comma-separated, relative to {@code directory}; wins over discovery. */
    @Parameter(property = "stack.files")
    protected List<String> files;

    /** Where the compose files live. */
    @Parameter(property = "stack.directory", defaultValue = "${project.basedir}")
    protected File directory;

    /** Project name; otherwise compose's rules (COMPOSE_PROJECT_NAME, {@code name:}, the directory). */
    @Parameter(property = "stack.projectName")
    protected String projectName;

    /** Compose profiles to enable, comma-separated; otherwise COMPOSE_PROFILES. */
    @Parameter(property = "stack.profiles")
    protected List<String> profiles;

    /** Only these services (and what they depend on), comma-separated. */
    @Parameter(property = "stack.services")
    protected List<String> services;

    /**
     * Files per environment, e.g. {@code <ci>docker-compose.test.yml,docker-compose.ci.yml</ci>}; below
     * {@code stack.files}, above discovery.
     */
    @Parameter
    protected Map<String, String> environments;

    /**
     * Values for {@code ${VAR}} in the compose files, e.g.
     * {@code <variables><APP_IMAGE>${project.artifactId}:${project.version}</APP_IMAGE></variables>}: they act as
     * if set in the environment of the Maven process, so they win over {@code .env}, and a variable really set
     * in that environment wins over them. An empty value is skipped (an unset Maven property leaves {@code .env}
     * and the files' defaults in charge).
     */
    @Parameter
    protected Map<String, String> variables;

    /** The settings every project goal shares; a goal adds its own. */
    protected MavenStackSettings settings() {
        MavenStackSettings s = new MavenStackSettings();
        s.directory = (directory != null ? directory.toPath() : Path.of(System.getProperty("user.dir")))
                .toAbsolutePath().normalize();
        s.environment = environment;
        s.files = files;
        s.environments = environments;
        s.projectName = projectName;
        s.profiles = profiles;
        s.services = services;
        s.variables = variables;
        s.stateDirectory = project != null && project.getBuild() != null
                ? Path.of(project.getBuild().getDirectory(), "stack") : null;
        s.dockerHost = dockerHost;
        s.labels = labels;
        return s;
    }
}
