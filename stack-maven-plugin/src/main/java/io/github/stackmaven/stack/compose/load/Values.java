package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Durations;
import io.github.stackmaven.stack.compose.load.tree.GoFormat;
import io.github.stackmaven.stack.compose.load.tree.ScalarKind;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reads of a mapping's values for the binder; every failure names the position and path. */
final class Values {

    private final YMap map;
    private final ModelPath path;

    Values(YMap map, ModelPath path) {
        this.map = map;
        this.path = path;
    }

    YMap map() {
        return map;
    }

    ModelPath path(String key) {
        return path.child(key);
    }

    YNode node(String key) {
        YNode n = map.get(key);
        return n == null || n.isNull() ? null : n;
    }

    String str(String key) {
        YNode n = node(key);
        return n == null ? null : Nodes.string(n, path(key));
    }

    Boolean bool(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        YScalar s = Nodes.scalar(n, path(key));
        try {
            return s.kind() == ScalarKind.BOOL ? Boolean.valueOf(s.text()) : TypeCasts.bool(s.text());
        } catch (IllegalArgumentException e) {
            throw Nodes.error(s, path(key), "invalid boolean \"" + s.text() + "\"");
        }
    }

    boolean flag(String key) {
        Boolean b = bool(key);
        return b != null && b;
    }

    Long integer(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        YScalar s = Nodes.scalar(n, path(key));
        try {
            return s.kind() == ScalarKind.INT ? GoFormat.parseInt(s.value()) : Long.parseLong(s.text().strip());
        } catch (NumberFormatException e) {
            throw Nodes.error(s, path(key), "invalid integer \"" + s.text() + "\"");
        }
    }

    Integer int32(String key) {
        Long v = integer(key);
        if (v != null && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) {
            throw Nodes.error(node(key), path(key), v + " is out of range: the value must be between "
                    + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
        return v == null ? null : v.intValue();
    }

    Double decimal(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        String t = Nodes.string(n, path(key));
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            throw Nodes.error(n, path(key), "invalid number \"" + t + "\"");
        }
    }

    Duration duration(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        YScalar s = Nodes.scalar(n, path(key));
        try {
            return s.kind() == ScalarKind.INT ? Duration.ofNanos(Long.parseLong(s.text())) : Durations.parse(s.text());
        } catch (IllegalArgumentException e) {
            throw Nodes.error(s, path(key), e.getMessage());
        }
    }

    Long bytes(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        YScalar s = Nodes.scalar(n, path(key));
        try {
            return s.kind() == ScalarKind.INT ? Long.valueOf(s.text()) : ByteSizes.parse(s.text());
        } catch (IllegalArgumentException e) {
            throw Nodes.error(s, path(key), e.getMessage());
        }
    }

    List<String> strings(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof YScalar s) {
            return List.of(Nodes.string(s, path(key)));
        }
        YSeq seq = Nodes.seq(n, path(key));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.size(); i++) {
            out.add(Nodes.string(seq.get(i), path(key).index(i)));
        }
        return out;
    }

    /** A mapping of scalars; null values are kept as null. */
    Map<String, String> stringMap(String key) {
        YNode n = node(key);
        if (n == null) {
            return null;
        }
        YMap m = Nodes.map(n, path(key));
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : m.keys()) {
            out.put(k, Nodes.text(m.get(k), path(key).child(k)));
        }
        return out;
    }

    Values sub(String key) {
        YNode n = node(key);
        return n == null ? null : new Values(Nodes.map(n, path(key)), path(key));
    }

    /** {@code x-*} keys as plain values. */
    Map<String, Object> extensions() {
        Map<String, Object> out = new LinkedHashMap<>();
        map.keys().stream().filter(k -> k.startsWith("x-")).forEach(k -> out.put(k, map.get(k).toJava()));
        return out;
    }

    ComposeException error(String key, String problem) {
        YNode n = map.get(key);
        return new ComposeException(n == null ? map.position() : n.position(), path(key).toString(), problem);
    }
}
