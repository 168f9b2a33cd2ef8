package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.StackLabels;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code com.docker.compose.config-hash} of a container: a digest of everything that would make a new
 * container differ, so that {@code up} on a running dev stack recreates exactly the changed services. Only the
 * service's own labels count: compose's bookkeeping labels (config files, working dir, the hash itself) and the
 * plugin's (run id, owner) describe how the stack was started, not the container.
 */
public final class ConfigHash {
    private static final String COMPOSE = "com.docker.compose.";
    private static final String OWN = StackLabels.RUN.substring(0, StackLabels.RUN.lastIndexOf('.') + 1);
    private ConfigHash() {
    }

    public static String of(ContainerSpec spec) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, spec);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof Record r) {
            out.append('{');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = get(c, r);
                if ("labels".equals(c.getName()) && v instanceof Map<?, ?> labels && r instanceof ContainerSpec) {
                    v = stableLabels(labels);
                }
                out.append(c.getName()).append('=');
                append(out, v);
                out.append(';');
            }
            out.append('}');
        } else if (value instanceof Map<?, ?> m) {
            out.append('{');
            new TreeMap<>(stringKeys(m)).forEach((k, v) -> {
                out.append(k).append('=');
                append(out, v);
                out.append(';');
            });
            out.append('}');
        } else if (value instanceof Collection<?> c) {
            out.append('[');
            c.forEach(v -> {
                append(out, v);
                out.append(',');
            });
            out.append(']');
        } else {
            out.append(value);
        }
    }

    private static Map<String, Object> stableLabels(Map<?, ?> labels) {
        Map<String, Object> copy = stringKeys(labels);
        copy.keySet().removeIf(k -> k.startsWith(COMPOSE) || k.startsWith(OWN));
        return copy;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
