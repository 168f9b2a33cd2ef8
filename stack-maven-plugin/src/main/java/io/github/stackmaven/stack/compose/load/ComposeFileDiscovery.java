package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Chooses the compose files of an environment (DESIGN.md section 4): {@code stack.files}, else the POM's
 * {@code <environments>} map, else a base file + per-environment file ({@code docker-compose.base.yml} present:
 * {@code docker-compose.<env>.yml} alone), else the overlay layout (the standard file plus
 * {@code docker-compose.<env>.yml} if present), else {@code COMPOSE_FILE}.
 */
public final class ComposeFileDiscovery {

    /** Compose's standard names, in compose's order of preference. */
    public static final List<String> STANDARD = List.of("compose.yaml", "compose.yml", "docker-compose.yaml",
            "docker-compose.yml");
    static final List<String> OVERRIDES = List.of("compose.override.yaml", "compose.override.yml",
            "docker-compose.override.yaml", "docker-compose.override.yml");

    private ComposeFileDiscovery() {
    }

    /**
     * @param directory    where the compose files live ({@code stack.directory})
     * @param environment  dev, test, prod, ci or another name
     * @param explicit     {@code stack.files}, relative to {@code directory}; may be empty
     * @param environments the POM's {@code <environments>} map (name to comma-separated files); may be empty
     * @param osEnv        the OS environment; {@code .env} in {@code directory} is read below it
     */
    public static FileSelection select(Path directory, String environment, List<String> explicit,
            Map<String, String> environments, Map<String, String> osEnv) {
        Path dir = directory.toAbsolutePath().normalize();
        if (explicit != null && !explicit.isEmpty()) {
            return new FileSelection(existing(dir, explicit, "stack.files"), "stack.files: " + String.join(",", explicit));
        }
        String mapped = environments == null ? null : environments.get(environment);
        if (mapped != null && !mapped.isBlank()) {
            List<String> names = split(mapped, ",");
            return new FileSelection(existing(dir, names, "<environments><" + environment + ">"),
                    "<environments><" + environment + "> in the POM: " + String.join(",", names));
        }
        List<String> envs = environment.equals("ci") ? List.of("ci", "test") : List.of(environment);
        if (Files.isRegularFile(dir.resolve("docker-compose.base.yml"))) {
            for (String env : envs) {
                Path file = firstExisting(dir, "docker-compose." + env + ".yml", "docker-compose." + env + ".yaml");
                if (file != null) {
                    return new FileSelection(List.of(file), "docker-compose.base.yml found (base file + per-environment"
                            + " file): " + file.getFileName() + " alone, it takes the common definitions from the base"
                            + " file with extends"
                            + (env.equals(environment) ? "" : " (no " + environment + " file, using " + env + ")"));
                }
            }
        }
        Path standard = firstExisting(dir, STANDARD.toArray(String[]::new));
        if (standard != null) {
            for (String env : envs) {
                Path overlay = firstExisting(dir, "docker-compose." + env + ".yml", "docker-compose." + env + ".yaml",
                        "compose." + env + ".yaml", "compose." + env + ".yml");
                if (overlay != null) {
                    return new FileSelection(List.of(standard, overlay), "overlay layout: " + standard.getFileName()
                            + " + " + overlay.getFileName() + (env.equals(environment) ? ""
                            : " (no " + environment + " overlay, using " + env + ")"));
                }
            }
        }
        ProjectEnvironment env = new ProjectEnvironment(osEnv);
        if (Files.isRegularFile(dir.resolve(".env"))) {
            env.addFile(dir.resolve(".env"), ".env");
        }
        String composeFile = env.get("COMPOSE_FILE");
        if (composeFile != null && !composeFile.isBlank()) {
            String sep = env.get("COMPOSE_PATH_SEPARATOR") != null ? env.get("COMPOSE_PATH_SEPARATOR") : File.pathSeparator;
            List<String> names = split(composeFile, sep);
            return new FileSelection(existing(dir, names, "COMPOSE_FILE"), "COMPOSE_FILE=" + composeFile
                    + (env.fromFile("COMPOSE_FILE") ? " (from .env)" : " (from the environment)"));
        }
        if (standard != null) {
            return new FileSelection(List.of(standard), "standard file " + standard.getFileName()
                    + " (no overlay for " + environment + ")");
        }
        throw new ComposeException(Position.UNKNOWN, "", "no compose file found in " + dir
                + " (looked for docker-compose.base.yml with docker-compose." + environment + ".yml, "
                + String.join(", ", STANDARD) + " and COMPOSE_FILE); set stack.files or <environments>");
    }

    private static Path firstExisting(Path dir, String... names) {
        for (String name : names) {
            if (Files.isRegularFile(dir.resolve(name))) {
                return dir.resolve(name);
            }
        }
        return null;
    }

    private static List<Path> existing(Path dir, List<String> names, String source) {
        List<Path> out = new ArrayList<>();
        for (String name : names) {
            Path file = dir.resolve(name).normalize();
            if (!Files.isRegularFile(file)) {
                throw new ComposeException(Position.UNKNOWN, "", source + ": compose file " + file + " not found");
            }
            out.add(file);
        }
        return out;
    }

    private static List<String> split(String text, String separator) {
        List<String> out = new ArrayList<>();
        for (String part : text.split(Pattern.quote(separator))) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
