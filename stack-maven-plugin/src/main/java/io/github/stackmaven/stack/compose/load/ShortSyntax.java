package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.PortSpec;
import io.github.stackmaven.stack.compose.load.tree.ScalarKind;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;

/** The short-to-long rewrites that {@link Canonicalizer}'s table points at. */
final class ShortSyntax {

    private ShortSyntax() {
    }

    static YNode build(YNode node, ModelPath path) {
        if (node instanceof YScalar s) {
            return new YMap(s.position()).put("context", YScalar.string(Nodes.string(s, path), s.position()));
        }
        return Nodes.map(node, path);
    }

    /** A map or a {@code KEY=VALUE} list to a map; a bare {@code KEY} (or {@code KEY:} null) stays null. */
    static YNode kvNullable(YNode node, ModelPath path) {
        return kv(node, path, null);
    }

    /** As {@link #kvNullable} but a bare key means the empty string (labels). */
    static YNode kvEmpty(YNode node, ModelPath path) {
        return kv(node, path, "");
    }

    private static YNode kv(YNode node, ModelPath path, String bare) {
        YMap out = new YMap(node.position());
        if (node instanceof YSeq seq) {
            for (int i = 0; i < seq.size(); i++) {
                YNode item = seq.get(i);
                String entry = Nodes.string(item, path.index(i));
                int eq = entry.indexOf('=');
                String key = eq < 0 ? entry : entry.substring(0, eq);
                if (!key.equals(key.stripTrailing())) {
                    throw Nodes.error(item, path.index(i), "\"" + key.stripTrailing()
                            + "\" is declared with a trailing space");
                }
                String value = eq < 0 ? bare : entry.substring(eq + 1);
                out.put(key, value == null ? YScalar.nul(item.position()) : YScalar.string(value, item.position()));
            }
            return out;
        }
        YMap map = Nodes.map(node, path);
        for (String key : map.keys()) {
            YNode v = map.get(key);
            String text = v instanceof YScalar ? Nodes.text(v, path.child(key)) : null;
            if (v instanceof YSeq items) {
                throw Nodes.error(items, path.child(key), "must be a string, number, boolean or null, found a sequence");
            }
            if (v instanceof YMap) {
                throw Nodes.error(v, path.child(key), "must be a string, number, boolean or null, found a mapping");
            }
            if (text == null && bare != null) {
                text = bare;
            }
            YNode entry = text == null ? YScalar.nul(v.position()) : YScalar.string(text, v.position());
            out.put(key, entry.withTag(v.tag()), map.keyPosition(key));
        }
        return out;
    }

    static YNode hosts(YNode node, ModelPath path) {
        YSeq out = new YSeq(node.position());
        if (node instanceof YMap map) {
            for (String host : map.keys()) {
                YNode ips = map.get(host);
                if (ips instanceof YSeq list) {
                    list.items().forEach(ip -> out.add(host(host, Nodes.string(ip, path.child(host)), ip.position())));
                } else {
                    out.add(host(host, Nodes.string(ips, path.child(host)), ips.position()));
                }
            }
            return out;
        }
        YSeq seq = Nodes.seq(node, path);
        for (int i = 0; i < seq.size(); i++) {
            String entry = Nodes.string(seq.get(i), path.index(i));
            int eq = entry.indexOf('=');
            int sep = eq >= 0 ? eq : entry.indexOf(':');
            if (sep <= 0) {
                throw Nodes.error(seq.get(i), path.index(i), "invalid extra host \"" + entry
                        + "\"; expected host:ip or host=ip");
            }
            out.add(host(entry.substring(0, sep), entry.substring(sep + 1), seq.get(i).position()));
        }
        return out;
    }

    private static YScalar host(String host, String ip, Position at) {
        String bare = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
        return YScalar.string(host + "=" + bare, at);
    }

    static YNode command(YNode node, ModelPath path) {
        if (node instanceof YScalar s) {
            try {
                return stringSeq(s.position(), ShellWords.split(Nodes.string(s, path)));
            } catch (IllegalArgumentException e) {
                throw Nodes.error(s, path, e.getMessage());
            }
        }
        return stringList(node, path);
    }

    static YNode stringList(YNode node, ModelPath path) {
        if (node instanceof YScalar s) {
            return new YSeq(s.position()).add(YScalar.string(Nodes.string(s, path), s.position()));
        }
        YSeq seq = Nodes.seq(node, path);
        YSeq out = new YSeq(seq.position());
        for (int i = 0; i < seq.size(); i++) {
            YNode item = seq.get(i);
            if (item instanceof YMap) {
                out.add(item); // long syntax (devices), validated when bound
            } else {
                out.add(YScalar.string(Nodes.string(item, path.index(i)), item.position()).withTag(item.tag()));
            }
        }
        return out;
    }

    private static YSeq stringSeq(Position at, java.util.List<String> words) {
        YSeq out = new YSeq(at);
        words.forEach(w -> out.add(YScalar.string(w, at)));
        return out;
    }

    static YNode envFiles(YNode node, ModelPath path) {
        YNode list = node instanceof YScalar ? stringList(node, path) : Nodes.seq(node, path);
        YSeq out = new YSeq(node.position());
        YSeq seq = (YSeq) list;
        for (int i = 0; i < seq.size(); i++) {
            YNode item = seq.get(i);
            if (item instanceof YScalar s) {
                out.add(new YMap(s.position()).put("path", YScalar.string(Nodes.string(s, path.index(i)), s.position()))
                        .put("required", YScalar.bool(true, s.position())));
            } else {
                YMap m = Nodes.map(item, path.index(i));
                if (!m.has("path")) {
                    throw Nodes.error(m, path.index(i), "env_file entry needs a path");
                }
                if (!m.has("required")) {
                    m.put("required", YScalar.bool(true, m.position()));
                }
                out.add(m);
            }
        }
        return out;
    }

    /** A size with a unit ({@code 1g}) as compose v2 keeps it: the number of bytes, as text. */
    static YNode byteSize(YNode node, ModelPath path) {
        if (!(node instanceof YScalar s) || s.text() == null) {
            return node;
        }
        try {
            return YScalar.string(Long.toString(ByteSizes.parse(s.text())), s.position());
        } catch (IllegalArgumentException e) {
            throw Nodes.error(node, path, "invalid size \"" + s.text() + "\"; use a number of bytes or a unit"
                    + " (b, k, m, g), as in 512m");
        }
    }

    /** A number written as text ({@code "0.5"}), as compose v2 keeps it: a number. */
    static YNode number(YNode node, ModelPath path) {
        if (node instanceof YScalar s && s.kind() == ScalarKind.STRING && s.text() != null) {
            try {
                Double.parseDouble(s.text().strip());
                return new YScalar(s.text().strip(), ScalarKind.FLOAT, s.position(), s.tag());
            } catch (NumberFormatException e) {
                throw Nodes.error(node, path, "must be a number, found \"" + s.text() + "\"");
            }
        }
        return node;
    }

    static YNode dependsOn(YNode node, ModelPath path) {
        YMap out = new YMap(node.position());
        if (node instanceof YSeq seq) {
            for (int i = 0; i < seq.size(); i++) {
                YNode item = seq.get(i);
                out.put(Nodes.string(item, path.index(i)), dependency(new YMap(item.position())), item.position());
            }
            return out;
        }
        YMap map = Nodes.map(node, path);
        for (String name : map.keys()) {
            YNode v = map.get(name);
            // long syntax keeps only what it says: an overlay's {restart: true} must not bring a condition that
            // replaces the base file's (the defaults are filled in after merging, Defaults.apply)
            YMap entry = v.isNull() ? new YMap(v.position()) : Nodes.map(v, path.child(name));
            out.put(name, entry.withTag(v.tag()), map.keyPosition(name));
        }
        return out;
    }

    static YMap dependency(YMap entry) {
        Position at = entry.position();
        if (!entry.has("condition")) {
            entry.put("condition", YScalar.string("service_started", at));
        }
        if (!entry.has("required")) {
            entry.put("required", YScalar.bool(true, at));
        }
        return entry;
    }

    static YNode serviceNetworks(YNode node, ModelPath path) {
        if (node instanceof YSeq seq) {
            YMap out = new YMap(seq.position());
            for (int i = 0; i < seq.size(); i++) {
                YNode item = seq.get(i);
                out.put(Nodes.string(item, path.index(i)), YScalar.nul(item.position()), item.position());
            }
            return out;
        }
        return Nodes.map(node, path);
    }

    static YNode ports(YNode node, ModelPath path) {
        YSeq seq = Nodes.seq(node, path);
        YSeq out = new YSeq(seq.position());
        for (int i = 0; i < seq.size(); i++) {
            YNode item = seq.get(i);
            if (item instanceof YMap m) {
                out.add(m);
                continue;
            }
            YScalar s = Nodes.scalar(item, path.index(i));
            try {
                for (PortSpec p : PortParser.parse(Nodes.string(s, path.index(i)))) {
                    out.add(portNode(p, s.position()));
                }
            } catch (IllegalArgumentException e) {
                throw Nodes.error(s, path.index(i), e.getMessage());
            }
        }
        return out;
    }

    private static YMap portNode(PortSpec p, Position at) {
        YMap m = new YMap(at);
        m.put("mode", YScalar.string(p.mode(), at));
        if (p.hostIp() != null) {
            m.put("host_ip", YScalar.string(p.hostIp(), at));
        }
        m.put("target", YScalar.integer(p.target(), at));
        if (p.published() != null) {
            m.put("published", YScalar.string(p.published(), at));
        }
        m.put("protocol", YScalar.string(p.protocol(), at));
        return m;
    }

    static YNode volumes(YNode node, ModelPath path) {
        YSeq seq = Nodes.seq(node, path);
        YSeq out = new YSeq(seq.position());
        for (int i = 0; i < seq.size(); i++) {
            YNode item = seq.get(i);
            if (item instanceof YMap m) {
                out.add(m);
                continue;
            }
            YScalar s = Nodes.scalar(item, path.index(i));
            try {
                out.add(VolumeParser.parse(Nodes.string(s, path.index(i)), s.position()));
            } catch (IllegalArgumentException e) {
                throw Nodes.error(s, path.index(i), e.getMessage());
            }
        }
        return out;
    }

    static YNode healthTest(YNode node, ModelPath path) {
        if (node instanceof YScalar s) {
            return new YSeq(s.position()).add(YScalar.string("CMD-SHELL", s.position()))
                    .add(YScalar.string(Nodes.string(s, path), s.position()));
        }
        return stringList(node, path);
    }

    static YNode fileRefs(YNode node, ModelPath path) {
        YSeq seq = Nodes.seq(node, path);
        YSeq out = new YSeq(seq.position());
        for (int i = 0; i < seq.size(); i++) {
            YNode item = seq.get(i);
            out.add(item instanceof YScalar s
                    ? new YMap(s.position()).put("source", YScalar.string(Nodes.string(s, path.index(i)), s.position()))
                    : Nodes.map(item, path.index(i)));
        }
        return out;
    }

    static YNode ulimit(YNode node, ModelPath path) {
        if (node instanceof YScalar s) {
            return new YMap(s.position()).put("soft", s).put("hard", s);
        }
        return Nodes.map(node, path);
    }

    static YNode extendsRef(YNode node, ModelPath path) {
        if (node instanceof YScalar s) {
            return new YMap(s.position()).put("service", YScalar.string(Nodes.string(s, path), s.position()));
        }
        return Nodes.map(node, path);
    }

    /** A top-level network/volume/secret/config: null means defaults; legacy {@code external: {name: x}}. */
    static YNode resource(YNode node, ModelPath path) {
        if (node.isNull()) {
            return new YMap(node.position());
        }
        YMap map = Nodes.map(node, path);
        if (map.get("external") instanceof YMap legacy) {
            if (legacy.has("name")) {
                map.put("name", legacy.get("name"));
            }
            map.put("external", YScalar.bool(true, legacy.position()));
        }
        return map;
    }

    static YNode include(YNode node, ModelPath path) {
        YSeq seq = Nodes.seq(node, path);
        YSeq out = new YSeq(seq.position());
        for (int i = 0; i < seq.size(); i++) {
            YNode item = seq.get(i);
            YMap entry = item instanceof YScalar s
                    ? new YMap(s.position()).put("path", s) : Nodes.map(item, path.index(i));
            for (String listKey : new String[] {"path", "env_file"}) {
                if (entry.get(listKey) instanceof YScalar s) {
                    entry.put(listKey, new YSeq(s.position()).add(s));
                }
            }
            if (!entry.has("path")) {
                throw Nodes.error(entry, path.index(i), "include entry needs a path");
            }
            out.add(entry);
        }
        return out;
    }
}
