package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stage "unicity" (compose-go {@code override.EnforceUnicity}): sequences whose entries are identified by a key
 * keep one entry per key; a later entry replaces the earlier one in the earlier one's place. Keys per path
 * are in {@link #KEYS}.
 */
public final class Unicity {

    private static final Map<ModelPath, BiFunction<YNode, ModelPath, String>> KEYS = new LinkedHashMap<>();

    static {
        key(Unicity::whole, "services.*.expose", "services.*.dns", "services.*.dns_opt", "services.*.dns_search",
                "services.*.tmpfs", "services.*.cap_add", "services.*.cap_drop", "services.*.links",
                "services.*.profiles", "services.*.networks.*.aliases", "services.*.networks.*.link_local_ips",
                "services.*.build.tags");
        key(Unicity::port, "services.*.ports");
        key((n, p) -> field(n, p, "target", null), "services.*.volumes");
        key((n, p) -> field(n, p, "target", "/run/secrets/"), "services.*.secrets");
        key((n, p) -> field(n, p, "target", "/"), "services.*.configs");
        key((n, p) -> field(n, p, "path", null), "services.*.env_file");
        key(Unicity::device, "services.*.devices");
    }

    private Unicity() {
    }

    private static void key(BiFunction<YNode, ModelPath, String> key, String... patterns) {
        for (String p : patterns) {
            KEYS.put(ModelPath.of(p), key);
        }
    }

    /** Deduplicates every keyed sequence of the model in place. */
    public static void enforce(YMap model) {
        if (model.get("services") instanceof YMap services) {
            for (String name : services.keys()) {
                if (services.get(name) instanceof YMap service) {
                    visit(service, ModelPath.of("services").child(name));
                }
            }
        }
    }

    private static void visit(YMap map, ModelPath path) {
        for (String key : new ArrayList<>(map.keys())) {
            YNode value = map.get(key);
            ModelPath child = path.child(key);
            if (value instanceof YSeq seq) {
                BiFunction<YNode, ModelPath, String> keyFn = keyFor(child);
                if (keyFn != null) {
                    map.put(key, dedupe(seq, child, keyFn));
                }
            } else if (value instanceof YMap nested && child.size() <= 5) {
                visit(nested, child);
            }
        }
    }

    private static BiFunction<YNode, ModelPath, String> keyFor(ModelPath path) {
        for (var e : KEYS.entrySet()) {
            if (path.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static YSeq dedupe(YSeq seq, ModelPath path, BiFunction<YNode, ModelPath, String> keyFn) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<YNode> out = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            YNode item = seq.get(i);
            String k = keyFn.apply(item, path.index(i));
            Integer at = seen.get(k);
            if (at == null) {
                seen.put(k, out.size());
                out.add(item);
            } else {
                out.set(at, item);
            }
        }
        return YSeq.of(seq.position(), out);
    }

    private static String whole(YNode n, ModelPath p) {
        return n instanceof YScalar s ? s.text() : String.valueOf(n.toJava());
    }

    private static String field(YNode n, ModelPath p, String field, String defaultPrefix) {
        YMap m = Nodes.map(n, p);
        YNode v = m.get(field);
        if (v != null && !v.isNull()) {
            return Nodes.text(v, p.child(field));
        }
        if (defaultPrefix != null && m.get("source") != null) {
            return defaultPrefix + Nodes.text(m.get("source"), p.child("source"));
        }
        throw new ComposeException(m.position(), p.toString(), "missing " + field);
    }

    private static String port(YNode n, ModelPath p) {
        if (!(n instanceof YMap m)) {
            return whole(n, p);
        }
        String ip = m.get("host_ip") instanceof YScalar s && s.text() != null ? s.text() : "0.0.0.0";
        String published = m.get("published") instanceof YScalar s && s.text() != null ? s.text() : "";
        String target = m.get("target") instanceof YScalar s ? s.text() : "";
        String protocol = m.get("protocol") instanceof YScalar s && s.text() != null ? s.text() : "tcp";
        return ip + ":" + published + ":" + target + "/" + protocol;
    }

    private static String device(YNode n, ModelPath p) {
        if (n instanceof YMap m) {
            return String.valueOf(m.get("target") == null ? m.toJava() : Nodes.text(m.get("target"), p));
        }
        String spec = whole(n, p);
        String[] parts = spec.split(":");
        return parts.length >= 2 ? parts[1] : parts[0];
    }
}
