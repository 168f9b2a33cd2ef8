package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;

/**
 * Stages "defaults" and "normalise" (compose-go {@code transform/defaults.go}, {@code loader/normalize.go}):
 * build context and Dockerfile, {@code pull_policy} alias, secret and config targets, the
 * {@code depends_on} defaults (condition {@code service_started}, required), implicit {@code depends_on} (links, {@code service:} modes, volumes_from) and the implicit
 * {@code default} network.
 */
final class Defaults {

    private Defaults() {
    }

    static void apply(YMap model) {
        boolean usesDefault = false;
        if (model.get("services") instanceof YMap services) {
            for (String name : services.keys()) {
                if (services.get(name) instanceof YMap service) {
                    service(service);
                    usesDefault |= service.get("networks") instanceof YMap n && n.has("default");
                }
            }
        }
        if (usesDefault) {
            YMap networks = model.get("networks") instanceof YMap n ? n : new YMap(Position.UNKNOWN);
            if (!networks.has("default")) {
                networks.put("default", new YMap(Position.UNKNOWN));
            }
            model.put("networks", networks);
        }
    }

    private static void service(YMap service) {
        Position at = service.position();
        if (service.get("build") instanceof YMap build) {
            putIfAbsent(build, "context", YScalar.string(".", build.position()));
            if (!build.has("dockerfile_inline")) {
                putIfAbsent(build, "dockerfile", YScalar.string("Dockerfile", build.position()));
            }
        }
        if (service.get("pull_policy") instanceof YScalar p && "if_not_present".equals(p.text())) {
            service.put("pull_policy", p.withValue("missing"));
        }
        targets(service, "secrets", "/run/secrets/");
        targets(service, "configs", "/");
        implicitDependencies(service, at);
        if (!service.has("network_mode") && (!(service.get("networks") instanceof YMap n) || n.isEmpty())) {
            service.put("networks", new YMap(at).put("default", YScalar.nul(at)));
        }
    }

    private static void targets(YMap service, String key, String prefix) {
        if (service.get(key) instanceof YSeq refs) {
            for (YNode r : refs.items()) {
                if (r instanceof YMap m && m.get("source") instanceof YScalar s && s.text() != null) {
                    YNode target = m.get("target");
                    if (target == null || target.isNull()) {
                        m.put("target", YScalar.string(prefix + s.text(), m.position()));
                    } else if (prefix.length() > 1 && target instanceof YScalar t && !t.text().startsWith("/")) {
                        m.put("target", t.withValue(prefix + t.text()));
                    }
                }
            }
        }
    }

    private static void implicitDependencies(YMap service, Position at) {
        YMap deps = service.get("depends_on") instanceof YMap d ? d : new YMap(at);
        for (String name : deps.keys()) {
            if (deps.get(name) instanceof YMap entry) {
                ShortSyntax.dependency(entry);
            } else {
                deps.put(name, ShortSyntax.dependency(new YMap(deps.keyPosition(name))));
            }
        }
        if (service.get("links") instanceof YSeq links) {
            links.items().forEach(l -> depend(deps, ((YScalar) l).text().split(":")[0], true, l.position()));
        }
        for (String mode : new String[] {"network_mode", "ipc", "pid", "uts", "cgroup"}) {
            if (service.get(mode) instanceof YScalar s && s.text() != null && s.text().startsWith("service:")) {
                depend(deps, s.text().substring("service:".length()), true, s.position());
            }
        }
        if (service.get("volumes_from") instanceof YSeq from) {
            for (YNode f : from.items()) {
                String spec = ((YScalar) f).text();
                if (!spec.startsWith("container:")) {
                    depend(deps, spec.split(":")[0], false, f.position());
                }
            }
        }
        if (!deps.isEmpty()) {
            service.put("depends_on", deps);
        }
    }

    private static void depend(YMap deps, String name, boolean restart, Position at) {
        if (!deps.has(name)) {
            deps.put(name, new YMap(at).put("condition", YScalar.string("service_started", at))
                    .put("required", YScalar.bool(true, at)).put("restart", YScalar.bool(restart, at)));
        }
    }

    private static void putIfAbsent(YMap map, String key, YNode value) {
        if (!map.has(key) || map.get(key).isNull()) {
            map.put(key, value);
        }
    }
}
