package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stage "environment" (compose-go {@code WithServicesEnvironmentResolved}): a service's container environment.
 * Bare {@code environment} entries take the project environment's value (or stay unset); {@code env_file}s are
 * read in order into one map (a later file wins); then {@code environment} overrides, unset entries included.
 */
final class EnvironmentResolver {

    /** The environment and, for each key whose value came from an env file, that file. */
    record Resolved(Map<String, String> environment, Map<String, Path> fromFiles) {
    }

    private EnvironmentResolver() {
    }

    static Resolved resolve(YMap service, ModelPath path, ProjectEnvironment env) {
        Map<String, String> declared = new LinkedHashMap<>();
        if (service.get("environment") instanceof YMap map) {
            for (String key : map.keys()) {
                String v = ((YScalar) map.get(key)).text();
                declared.put(key, v != null ? v : env.get(key));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Path> origins = new LinkedHashMap<>();
        if (service.get("env_file") instanceof YSeq files) {
            for (int i = 0; i < files.size(); i++) {
                read((YMap) files.get(i), path.child("env_file").index(i), env, declared, values, origins);
            }
        }
        for (Map.Entry<String, String> e : declared.entrySet()) {
            values.remove(e.getKey());
            values.put(e.getKey(), e.getValue());
            origins.remove(e.getKey());
        }
        return new Resolved(values, origins);
    }

    private static void read(YMap entry, ModelPath path, ProjectEnvironment env, Map<String, String> declared,
            Map<String, String> values, Map<String, Path> origins) {
        Path file = Path.of(Nodes.string(entry.get("path"), path.child("path")));
        boolean required = !(entry.get("required") instanceof YScalar r) || !"false".equals(r.text());
        String format = entry.get("format") instanceof YScalar f ? f.text() : null;
        if (!Files.isRegularFile(file)) {
            if (required) {
                Path template = file.resolveSibling(file.getFileName() + ".default");
                throw new ComposeException(entry.position(), path.toString(), "env file " + file + " not found; "
                        + (Files.isRegularFile(template) ? "run `mvn stack:init` to create it from its template "
                        + template.getFileName() + ", or" : "create it or") + " mark the entry required: false");
            }
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ComposeException(entry.position(), path.toString(), "cannot read env file " + file + ": " + e);
        }
        Map<String, String> parsed;
        if (format == null) {
            try {
                parsed = Dotenv.parse(text, name -> env.get(name) != null ? env.get(name) : declared.get(name), values);
            } catch (DotenvException e) {
                throw new ComposeException(entry.position(), path.toString(), "env file " + file + ": " + e.getMessage());
            }
        } else if (format.equals("raw")) {
            parsed = new LinkedHashMap<>(values);
            parsed.putAll(RawEnvFile.parse(text, env::get, file));
        } else {
            throw new ComposeException(entry.get("format").position(), path.child("format").toString(),
                    "unsupported env_file format \"" + format + "\"; use raw or leave it unset");
        }
        for (Map.Entry<String, String> e : parsed.entrySet()) {
            if (!values.containsKey(e.getKey()) || !e.getValue().equals(values.get(e.getKey()))) {
                origins.put(e.getKey(), file);
            }
            values.put(e.getKey(), e.getValue());
        }
    }

    /** Env file entries of a service, for callers that only need the list. */
    static boolean hasEnvFiles(YMap service) {
        YNode files = service.get("env_file");
        return files instanceof YSeq seq && seq.size() > 0;
    }
}
