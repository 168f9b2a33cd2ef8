package io.github.stackmaven.stack.compose.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load, built with {@link #builder(Path, List)} or {@link #of(Path, Map, Path...)}. Only
 * {@code workingDirectory} is required.
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

    /** A builder for loading {@code files} (empty for COMPOSE_FILE, then discovery) in {@code workingDirectory}. */
    public static Builder builder(Path workingDirectory, List<Path> files) {
        return new Builder(workingDirectory, files);
    }

    public static LoadRequest of(Path workingDirectory, Map<String, String> environment, Path... files) {
        return builder(workingDirectory, List.of(files)).environment(environment).build();
    }

    /** A builder holding this request's parts, to change some of them. */
    public Builder toBuilder() {
        return new Builder(workingDirectory, files).projectDirectory(projectDirectory).projectName(projectName)
                .profiles(profiles).services(services).environment(environment).envFiles(envFiles);
    }

    public LoadRequest withProjectName(String name) {
        return toBuilder().projectName(name).build();
    }

    public LoadRequest withProfiles(List<String> active) {
        return toBuilder().profiles(active).build();
    }

    public LoadRequest withServices(List<String> names) {
        return toBuilder().services(names).build();
    }

    public LoadRequest withEnvFiles(List<Path> files) {
        return toBuilder().envFiles(files).build();
    }

    public LoadRequest withProjectDirectory(Path dir) {
        return toBuilder().projectDirectory(dir).build();
    }

    /** Collects the optional parts by name; each left unset keeps the default documented on the record. */
    public static final class Builder {
        private final Path workingDirectory;
        private final List<Path> files;
        private Path projectDirectory;
        private String projectName;
        private List<String> profiles;
        private List<String> services;
        private Map<String, String> environment;
        private List<Path> envFiles;

        private Builder(Path workingDirectory, List<Path> files) {
            this.workingDirectory = workingDirectory;
            this.files = files;
        }

        public Builder projectDirectory(Path dir) {
            this.projectDirectory = dir;
            return this;
        }

        public Builder projectName(String name) {
            this.projectName = name;
            return this;
        }

        /** Null means COMPOSE_PROFILES; an empty list means none. */
        public Builder profiles(List<String> active) {
            this.profiles = active;
            return this;
        }

        public Builder services(List<String> names) {
            this.services = names;
            return this;
        }

        public Builder environment(Map<String, String> osEnvironment) {
            this.environment = osEnvironment;
            return this;
        }

        /** Null means the project's {@code .env}. */
        public Builder envFiles(List<Path> paths) {
            this.envFiles = paths;
            return this;
        }

        public LoadRequest build() {
            return new LoadRequest(workingDirectory, files, projectDirectory, projectName, profiles, services,
                    environment, envFiles);
        }
    }
}
