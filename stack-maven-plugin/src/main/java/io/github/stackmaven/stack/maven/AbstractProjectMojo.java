package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeFileDiscovery;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.FileSelection;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Goals that work on the project's compose files: which files make an environment, and loading them. */
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

    /** The chosen files and the loaded model. */
    protected record Loaded(FileSelection selection, ComposeProject project) {
    }

    protected Loaded load() throws MojoFailureException {
        try {
            Path dir = (directory != null ? directory.toPath() : Path.of(System.getProperty("user.dir")))
                    .toAbsolutePath().normalize();
            Map<String, String> env = interpolationEnvironment(variables, System.getenv());
            FileSelection selection = ComposeFileDiscovery.select(dir, environment, nonBlank(files),
                    environments == null ? Map.of() : environments, env);
            LoadRequest request = LoadRequest.builder(dir, selection.files()).projectName(blankToNull(projectName))
                    .profiles(profiles == null || profiles.isEmpty() ? null : nonBlank(profiles))
                    .services(nonBlank(services)).environment(env).build();
            return new Loaded(selection, ComposeLoader.load(request));
        } catch (ComposeException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /** The POM's {@code <variables>} (empty values skipped) under the process environment, which wins. */
    static Map<String, String> interpolationEnvironment(Map<String, String> variables, Map<String, String> os) {
        Map<String, String> env = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((k, v) -> {
                if (k != null && !k.isBlank() && v != null && !v.isEmpty()) {
                    env.put(k.trim(), v);
                }
            });
        }
        env.putAll(os);
        return env;
    }

    /**
     * The project name of the environment's running stack: what {@code up} recorded in this build, else in
     * {@code target/stack/<environment>.properties}, else {@code stack.projectName}, else the compose project's name.
     */
    protected String runningProject() throws MojoFailureException {
        Object fromUp = getPluginContext() == null ? null : getPluginContext().get(StackState.key(environment));
        if (fromUp != null) {
            return fromUp.toString();
        }
        String recorded = StackState.readProject(stackDir(), environment);
        if (recorded != null) {
            return recorded;
        }
        if (blankToNull(projectName) != null) {
            return projectName.trim();
        }
        return load().project().name();
    }

    protected Path stackDir() {
        return Path.of(project.getBuild().getDirectory(), "stack");
    }

    protected static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
