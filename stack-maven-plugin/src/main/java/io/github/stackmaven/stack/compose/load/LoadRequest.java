package io.github.stackmaven.stack.compose.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load. Only {@code workingDirectory} is required.
 *
 * @param workingDirectory the directory compose would run in (relative files and env files resolve against it)
 * @param files            explicit compose files, in merge order; empty means COMPOSE_FILE, then discovery
 * @param projectDirectory explicit project directory ({@code --project-directory}); null means the first file's
 * @param projectName      explicit project name ({@code -p}); null means COMPOSE_PROJECT_NAME, {@code name:}, dir
 * @param profiles         explicit profiles; null means COMPOSE_PROFILES (an empty list means none)
 * @param services         services asked for by name: their profiles are enabled, and only they and their
 *                         dependencies are kept; empty means all enabled services
 * @param environment      the OS environment (injected, so tests are hermetic)
 * @param envFiles         explicit project env files ({@code --env-file}); null means {@code .env} of the project
 */
public record LoadRequest(Path workingDirectory, List<Path> files, Path projectDirectory, String projectName,
        List<String> profiles, List<String> services, Map<String, String> environment, List<Path> envFiles) {

    public LoadRequest {
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
        files = files == null ? List.of() : List.copyOf(files);
        services = services == null ? List.of() : List.copyOf(services);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        profiles = profiles == null ? null : List.copyOf(profiles);
        envFiles = envFiles == null ? null : List.copyOf(envFiles);
    }

    public static LoadRequest of(Path workingDirectory, Map<String, String> environment, Path... files) {
        return new LoadRequest(workingDirectory, List.of(files), null, null, null, null, environment, null);
    }

    public LoadRequest withProjectName(String name) {
        return new LoadRequest(workingDirectory, files, projectDirectory, name, profiles, services, environment,
                envFiles);
    }

    public LoadRequest withProfiles(List<String> active) {
        return new LoadRequest(workingDirectory, files, projectDirectory, projectName, active, services, environment,
                envFiles);
    }

    public LoadRequest withServices(List<String> names) {
        return new LoadRequest(workingDirectory, files, projectDirectory, projectName, profiles, names, environment,
                envFiles);
    }

    public LoadRequest withEnvFiles(List<Path> files) {
        return new LoadRequest(workingDirectory, this.files, projectDirectory, projectName, profiles, services,
                environment, files);
    }

    public LoadRequest withProjectDirectory(Path dir) {
        return new LoadRequest(workingDirectory, files, dir, projectName, profiles, services, environment, envFiles);
    }
}
