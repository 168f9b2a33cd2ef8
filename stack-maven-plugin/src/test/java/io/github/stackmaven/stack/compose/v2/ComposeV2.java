package io.github.stackmaven.stack.compose.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code docker compose config --format json} (compose v2, the reference) and normalises JSON output of both
 * tools so they can be compared by meaning. The only equivalences the normaliser applies:
 * <ul>
 *   <li>the absolute path of the case directory becomes {@code $DIR} (the same file tree, seen from two tools);</li>
 *   <li>key order is ignored (JSON objects are compared as maps).</li>
 * </ul>
 * Nothing else is rewritten: a difference in any value, or a key one tool prints and the other does not, is a
 * difference.
 */
public final class ComposeV2 {

    static final ObjectMapper JSON = new ObjectMapper();

    private ComposeV2() {
    }

    /** What {@code docker compose config} said: exit code, stdout and stderr. */
    public record Result(int exit, String out, String err) {
        public boolean ok() {
            return exit == 0;
        }
    }

    /** Whether {@code docker compose} (v2) is on the PATH; the reason when it is not. */
    public static String unavailableReason() {
        try {
            Process p = new ProcessBuilder("docker", "compose", "version", "--short").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return "`docker compose version` failed: " + out;
            }
            return out.startsWith("2.") || out.startsWith("v2.") ? null : "docker compose is not v2: " + out;
        } catch (IOException e) {
            return "docker is not on the PATH (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Runs compose v2 in {@code dir} with exactly {@code env} (plus PATH and HOME, which the CLI itself needs),
     * so neither the user's shell nor a COMPOSE_* variable of the build leaks in.
     */
    public static Result config(Path dir, List<String> files, String project, List<String> profiles,
            Map<String, String> env) {
        return config(dir, files, project, profiles, env, "json");
    }

    /** As {@link #config(Path, List, String, List, Map)}, printing {@code format} (json or yaml). */
    public static Result config(Path dir, List<String> files, String project, List<String> profiles,
            Map<String, String> env, String format) {
        List<String> cmd = new ArrayList<>(List.of("docker", "compose"));
        for (String f : files) {
            cmd.add("-f");
            cmd.add(f);
        }
        if (project != null) {
            cmd.add("-p");
            cmd.add(project);
        }
        for (String p : profiles) {
            cmd.add("--profile");
            cmd.add(p);
        }
        cmd.addAll(List.of("config", "--format", format));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> penv = pb.environment();
        String path = penv.get("PATH");
        String home = penv.get("HOME");
        penv.clear();
        penv.put("PATH", path);
        if (home != null) {
            penv.put("HOME", home);
        }
        penv.putAll(env);
        try {
            Process p = pb.start();
            byte[] err = p.getErrorStream().readAllBytes();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "", "timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "", "interrupted");
        }
    }

    /** Parses and normalises one tool's JSON: the case directory's absolute path becomes {@code $DIR}. */
    public static JsonNode normalise(String json, Path dir) throws IOException {
        JsonNode node = JSON.readTree(json);
        return replacePaths(node, dir.toAbsolutePath().normalize().toString());
    }

    private static JsonNode replacePaths(JsonNode node, String dir) {
        if (node instanceof ObjectNode o) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey().replace(dir, "$DIR"), replacePaths(e.getValue(), dir));
            }
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = JSON.createArrayNode();
            a.forEach(n -> copy.add(replacePaths(n, dir)));
            return copy;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().replace(dir, "$DIR"));
        }
        return node;
    }

    /** A readable list of the paths where two normalised documents differ (empty when equal). */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode v2, JsonNode ours, List<String> out) {
        if (v2 == null || ours == null) {
            out.add(path + ": compose v2 " + (v2 == null ? "has no such key" : v2) + ", ours "
                    + (ours == null ? "has no such key" : ours));
            return;
        }
        if (v2.isObject() && ours.isObject()) {
            List<String> keys = new ArrayList<>();
            v2.fieldNames().forEachRemaining(keys::add);
            ours.fieldNames().forEachRemaining(k -> {
                if (!v2.has(k)) {
                    keys.add(k);
                }
            });
            for (String k : keys) {
                diff(path + "." + k, v2.get(k), ours.get(k), out);
            }
            return;
        }
        if (v2.isArray() && ours.isArray() && v2.size() == ours.size()) {
            for (int i = 0; i < v2.size(); i++) {
                diff(path + "[" + i + "]", v2.get(i), ours.get(i), out);
            }
            return;
        }
        if (!v2.equals(ours)) {
            out.add(path + ": compose v2 " + v2 + ", ours " + ours);
        }
    }
}
