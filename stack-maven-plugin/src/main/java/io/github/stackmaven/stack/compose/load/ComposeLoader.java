package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.Service;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads compose files into a {@link ComposeProject} the way {@code docker compose} (compose-go) does:
 * parse, interpolate, validate, canonicalise, include, extends, merge (per file and document), then defaults,
 * paths, profiles, consistency, environment, and binding to the model. Every user mistake is one
 * {@link ComposeException} that names file, line, column and path.
 */
public final class ComposeLoader {

    private ComposeLoader() {
    }

    public static ComposeProject load(LoadRequest request) {
        Path cwd = request.workingDirectory();
        LoadContext context = new LoadContext(cwd);
        ProjectEnvironment env = new ProjectEnvironment(request.environment());
        boolean explicitEnvFiles = request.envFiles() != null;
        if (explicitEnvFiles) {
            env.addFiles(request.envFiles().stream().map(f -> cwd.resolve(f).normalize()).toList(), context::display);
        } else {
            addDotEnv(env, cwd, context);
        }
        List<Path> files = files(request, env, cwd);
        Path projectDir = request.projectDirectory() != null ? cwd.resolve(request.projectDirectory()).normalize()
                : files.get(0).getParent();
        if (!explicitEnvFiles && !projectDir.equals(cwd)) {
            addDotEnv(env, projectDir, context);
        }
        env.putIfAbsent("PWD", cwd.toString());
        String name = projectName(request, env, files, projectDir, context);
        env.putIfAbsent("COMPOSE_PROJECT_NAME", name);

        YMap model = new ModelAssembler(context).assemble(files, env, List.of());
        if (model.isEmpty()) {
            throw new ComposeException(Position.ofFile(context.display(files.get(0))), "", "empty compose file");
        }
        if (model.remove("version") != null) {
            context.warn("the attribute `version` is obsolete, it will be ignored, please remove it to avoid"
                    + " potential confusion");
        }
        model.remove("name");
        Defaults.apply(model);
        PathResolver.resolveModel(model, projectDir, env);
        Set<String> allServices = model.get("services") instanceof YMap s ? new LinkedHashSet<>(s.keys()) : Set.of();
        Map<String, YMap> disabled = Profiles.apply(model, profiles(request, env), request.services(),
                files.stream().map(context::display).collect(java.util.stream.Collectors.joining(", ")), context);
        ConsistencyValidator.validate(model, allServices);
        return bind(model, disabled, name, projectDir, files, env, profiles(request, env), context);
    }

    private static ComposeProject bind(YMap model, Map<String, YMap> disabled, String name, Path projectDir,
            List<Path> files, ProjectEnvironment env, Set<String> profiles, LoadContext context) {
        Map<String, Service> services = new TreeMap<>();
        if (model.get("services") instanceof YMap s) {
            for (String key : s.keys()) {
                services.put(key, ServiceBinder.bind(key, (YMap) s.get(key), env));
            }
        }
        Map<String, Service> off = new TreeMap<>();
        disabled.forEach((key, tree) -> off.put(key, ServiceBinder.bind(key, tree, env)));
        Map<String, Object> extensions = new LinkedHashMap<>();
        for (String key : model.keys()) {
            YNode value = model.get(key);
            if (key.startsWith("x-")) {
                extensions.put(key, value.toJava());
            }
        }
        return new ComposeProject(name, projectDir, files, services, off, ResourceBinder.networks(model, name),
                ResourceBinder.volumes(model, name), ResourceBinder.files(model, "secrets", name),
                ResourceBinder.files(model, "configs", name), env.asMap(), env.files(), new ArrayList<>(profiles),
                extensions, context.warnings());
    }

    private static void addDotEnv(ProjectEnvironment env, Path dir, LoadContext context) {
        Path dotEnv = dir.resolve(".env");
        if (!env.isTrue("COMPOSE_DISABLE_ENV_FILE") && Files.isRegularFile(dotEnv)) {
            env.addFile(dotEnv, context.display(dotEnv));
        }
    }

    private static List<Path> files(LoadRequest request, ProjectEnvironment env, Path cwd) {
        List<Path> files = new ArrayList<>();
        if (!request.files().isEmpty()) {
            request.files().forEach(f -> files.add(cwd.resolve(f).normalize()));
        } else if (env.get("COMPOSE_FILE") != null && !env.get("COMPOSE_FILE").isBlank()) {
            String sep = env.get("COMPOSE_PATH_SEPARATOR") != null ? env.get("COMPOSE_PATH_SEPARATOR")
                    : File.pathSeparator;
            for (String f : env.get("COMPOSE_FILE").split(java.util.regex.Pattern.quote(sep))) {
                if (!f.isBlank()) {
                    files.add(cwd.resolve(f.strip()).normalize());
                }
            }
        } else {
            files.addAll(standardFiles(cwd));
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ComposeException(Position.UNKNOWN, "", "compose file " + f + " not found");
            }
        }
        return files;
    }

    /** Compose's own discovery: walk up from the working directory to the first standard file, plus override. */
    static List<Path> standardFiles(Path cwd) {
        for (Path dir = cwd; dir != null; dir = dir.getParent()) {
            for (String name : ComposeFileDiscovery.STANDARD) {
                if (Files.isRegularFile(dir.resolve(name))) {
                    List<Path> out = new ArrayList<>(List.of(dir.resolve(name)));
                    for (String override : ComposeFileDiscovery.OVERRIDES) {
                        if (Files.isRegularFile(dir.resolve(override))) {
                            out.add(dir.resolve(override));
                            break;
                        }
                    }
                    return out;
                }
            }
        }
        throw new ComposeException(Position.UNKNOWN, "", "no configuration file provided: not found in " + cwd
                + " or its parents (" + String.join(", ", ComposeFileDiscovery.STANDARD) + ")");
    }

    private static String projectName(LoadRequest request, ProjectEnvironment env, List<Path> files, Path projectDir,
            LoadContext context) {
        String explicit = request.projectName() != null ? request.projectName() : env.get("COMPOSE_PROJECT_NAME");
        if (explicit != null && !explicit.isEmpty()) {
            if (!ProjectNames.isValid(explicit)) {
                throw new ComposeException(Position.UNKNOWN, "", ProjectNames.invalidMessage(explicit));
            }
            return explicit;
        }
        String fromFile = null;
        for (Path f : files) {
            String n = context.projectNameIn(f, env);
            if (n != null) {
                fromFile = n;
            }
        }
        String name = ProjectNames.normalize(fromFile != null ? fromFile
                : projectDir.getFileName() == null ? "" : projectDir.getFileName().toString());
        if (name.isEmpty()) {
            throw new ComposeException(Position.UNKNOWN, "", "project name must not be empty");
        }
        return name;
    }

    private static Set<String> profiles(LoadRequest request, ProjectEnvironment env) {
        Set<String> out = new LinkedHashSet<>();
        if (request.profiles() != null) {
            out.addAll(request.profiles());
        } else if (env.get("COMPOSE_PROFILES") != null) {
            for (String p : env.get("COMPOSE_PROFILES").split(",")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }
}
