package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeFileDiscovery;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.FileSelection;
import io.github.stackmaven.stack.compose.load.LoadRequest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment's compose files, chosen and loaded from the settings. */
final class StackFiles {
    private StackFiles() {
    }

    /** The chosen files and the loaded model. */
    record Loaded(FileSelection selection, ComposeProject project) {
    }

    static Loaded load(StackSettings s) throws StackDefinitionException {
        try {
            Path dir = directory(s);
            Map<String, String> env = interpolationEnvironment(s.variables(), s.processEnvironment());
            FileSelection selection = ComposeFileDiscovery.select(dir, s.environment(), nonBlank(s.files()),
                    s.environments() == null ? Map.of() : s.environments(), env);
            List<String> profiles = nonBlank(s.profiles());
            LoadRequest request = new LoadRequest(dir, selection.files(), null, blankToNull(s.projectName()),
                    profiles.isEmpty() ? null : profiles, nonBlank(s.services()), env, null);
            return new Loaded(selection, ComposeLoader.load(request));
        } catch (ComposeException e) {
            throw new StackDefinitionException(e.getMessage(), e);
        }
    }

    static Path directory(StackSettings s) {
        Path dir = s.directory() != null ? s.directory() : Path.of(System.getProperty("user.dir"));
        return dir.toAbsolutePath().normalize();
    }

    /** The {@code variables} (empty values skipped) under the process environment, which wins. */
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

    static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).map(String::trim)
                .filter(v -> !v.isEmpty()).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
