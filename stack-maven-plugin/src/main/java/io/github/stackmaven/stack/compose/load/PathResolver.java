package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import java.nio.file.Path;
import java.util.List;

/**
 * Stage "paths" (compose-go {@code paths/resolve.go}): makes relative host paths absolute against a base
 * directory (the project directory, or the extended or included file's directory); a leading {@code ~} is the
 * home directory. Build contexts that are URLs, Git references or {@code service:} are left alone.
 */
final class PathResolver {

    private static final List<String> REMOTE = List.of("http://", "https://", "git://", "ssh://", "github.com/",
            "git@", "service:", "docker-image://", "target:", "oci-layout://");

    private PathResolver() {
    }

    static void resolveModel(YMap model, Path base, ProjectEnvironment env) {
        if (model.get("services") instanceof YMap services) {
            for (String name : services.keys()) {
                if (services.get(name) instanceof YMap service) {
                    resolveService(service, base, env);
                }
            }
        }
        for (String section : new String[] {"secrets", "configs"}) {
            if (model.get(section) instanceof YMap resources) {
                for (String key : resources.keys()) {
                    if (resources.get(key) instanceof YMap r) {
                        resolveKey(r, "file", base, env);
                    }
                }
            }
        }
        if (model.get("volumes") instanceof YMap volumes) {
            for (String key : volumes.keys()) {
                // compose v2 resolves a local bind volume's device, and only that: driver exactly "local", o
                // exactly "bind"; an empty device (an unset variable) is the project directory
                if (volumes.get(key) instanceof YMap v && v.get("driver") instanceof YScalar d
                        && "local".equals(d.text()) && v.get("driver_opts") instanceof YMap opts
                        && opts.get("o") instanceof YScalar o && "bind".equals(o.text())
                        && opts.get("device") instanceof YScalar device && device.text() != null) {
                    opts.put("device", device.withValue(resolve(device.text(), base, env)));
                }
            }
        }
    }

    static void resolveService(YMap service, Path base, ProjectEnvironment env) {
        if (service.get("build") instanceof YMap build) {
            if (build.get("context") instanceof YScalar c && c.text() != null && !isRemote(c.text())) {
                build.put("context", c.withValue(resolve(c.text(), base, env)));
            }
            if (build.get("additional_contexts") instanceof YMap contexts) {
                for (String key : contexts.keys()) {
                    if (contexts.get(key) instanceof YScalar c && c.text() != null && !isRemote(c.text())) {
                        contexts.put(key, c.withValue(resolve(c.text(), base, env)));
                    }
                }
            }
        }
        if (service.get("env_file") instanceof YSeq files) {
            files.items().forEach(f -> {
                if (f instanceof YMap m) {
                    resolveKey(m, "path", base, env);
                }
            });
        }
        if (service.get("label_file") instanceof YSeq files) {
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i) instanceof YScalar s && s.text() != null) {
                    files.set(i, s.withValue(resolve(s.text(), base, env)));
                }
            }
        }
        if (service.get("volumes") instanceof YSeq volumes) {
            for (YNode v : volumes.items()) {
                if (v instanceof YMap m && m.get("type") instanceof YScalar t && "bind".equals(t.text())) {
                    resolveKey(m, "source", base, env);
                }
            }
        }
    }

    private static void resolveKey(YMap map, String key, Path base, ProjectEnvironment env) {
        if (map.get(key) instanceof YScalar s && s.text() != null && !s.text().isEmpty()) {
            map.put(key, s.withValue(resolve(s.text(), base, env)));
        }
    }

    static boolean isRemote(String context) {
        return REMOTE.stream().anyMatch(context::startsWith) || context.contains("://");
    }

    static String resolve(String path, Path base, ProjectEnvironment env) {
        String p = path;
        if (p.equals("~") || p.startsWith("~/")) {
            String home = env.get("HOME") != null ? env.get("HOME") : System.getProperty("user.home");
            p = home + p.substring(1);
        }
        if (p.startsWith("\\\\") || (p.length() >= 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':')) {
            return p; // Windows path or named pipe
        }
        Path resolved = base.resolve(p).normalize();
        return resolved.toString();
    }
}
