package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.MergeTag;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stage "merge" (compose-go {@code override.Merge}): merges a later (canonical) document onto the model
 * accumulated from earlier ones, with the per-path rules of {@link #RULES}. {@code !reset} removes a key from
 * the earlier model, {@code !override} replaces it as written. Deduplication is {@link Unicity}'s job.
 */
public final class OverrideMerger {

    private static final Map<ModelPath, MergeRule> RULES = new LinkedHashMap<>();

    static {
        rule(MergeRule.REPLACE, "services.*.command", "services.*.entrypoint", "services.*.healthcheck.test",
                "services.*.ulimits.*", "services.*.extends");
        rule(MergeRule.KEY_VALUE, "services.*.environment", "services.*.labels", "services.*.annotations",
                "services.*.sysctls", "services.*.build.args", "services.*.build.labels",
                "services.*.build.additional_contexts", "services.*.deploy.labels", "networks.*.labels",
                "volumes.*.labels", "secrets.*.labels", "configs.*.labels");
        rule(MergeRule.APPEND_DISTINCT, "services.*.extra_hosts", "services.*.build.extra_hosts");
        rule(MergeRule.LOGGING, "services.*.logging");
        rule(MergeRule.BY_SUBNET, "networks.*.ipam.config");
    }

    private OverrideMerger() {
    }

    private static void rule(MergeRule r, String... patterns) {
        for (String p : patterns) {
            RULES.put(ModelPath.of(p), r);
        }
    }

    static MergeRule ruleFor(ModelPath path) {
        for (Map.Entry<ModelPath, MergeRule> e : RULES.entrySet()) {
            if (path.matches(e.getKey())) {
                return e.getValue();
            }
        }
        return MergeRule.DEEP;
    }

    /** Merges {@code override} onto {@code base} (neither is modified) and returns the result. */
    public static YNode merge(YNode base, YNode override, ModelPath path) {
        if (base == null) {
            return clean(override);
        }
        if (override.isNull()) {
            return ruleFor(path) == MergeRule.KEY_VALUE ? base.deepCopy() : base.deepCopy();
        }
        MergeRule rule = ruleFor(path);
        switch (rule) {
            case REPLACE:
                return clean(override);
            case LOGGING:
                return logging(base, override, path);
            case BY_SUBNET:
                return bySubnet(base, override, path);
            default:
                break;
        }
        if (base instanceof YMap b && override instanceof YMap o) {
            return mergeMaps(b, o, path, rule == MergeRule.KEY_VALUE);
        }
        if (base instanceof YSeq b && override instanceof YSeq o) {
            YSeq out = b.deepCopy().withTag(MergeTag.NONE);
            for (YNode item : o.items()) {
                YNode copy = clean(item);
                if (rule != MergeRule.APPEND_DISTINCT || out.items().stream().noneMatch(i -> same(i, copy))) {
                    out.add(copy);
                }
            }
            return out;
        }
        if (base instanceof YScalar || base.isNull()) {
            return clean(override);
        }
        throw new ComposeException(override.position(), path.toString(), "cannot override " + path + ": a "
                + override.describe() + " cannot replace a " + base.describe());
    }

    private static YMap mergeMaps(YMap base, YMap override, ModelPath path, boolean keyValue) {
        YMap out = base.deepCopy().withTag(MergeTag.NONE);
        for (String key : override.keys()) {
            YNode value = override.get(key);
            if (value.tag() == MergeTag.RESET) {
                out.remove(key);
            } else if (value.tag() == MergeTag.OVERRIDE || (keyValue && value.isNull())) {
                out.remove(key);
                out.put(key, clean(value), override.keyPosition(key));
            } else {
                YNode merged = merge(out.get(key), value, path.child(key));
                if (out.has(key)) {
                    out.put(key, merged);
                } else {
                    out.put(key, merged, override.keyPosition(key));
                }
            }
        }
        return out;
    }

    private static YNode logging(YNode base, YNode override, ModelPath path) {
        YMap b = Nodes.map(base, path);
        YMap o = Nodes.map(override, path);
        String bd = b.has("driver") ? Nodes.text(b.get("driver"), path) : null;
        String od = o.has("driver") ? Nodes.text(o.get("driver"), path) : null;
        if (bd == null || od == null || bd.equals(od)) {
            return mergeMaps(b, o, path, false);
        }
        return clean(o);
    }

    private static YNode bySubnet(YNode base, YNode override, ModelPath path) {
        YSeq out = Nodes.seq(base, path).deepCopy().withTag(MergeTag.NONE);
        for (YNode item : Nodes.seq(override, path).items()) {
            String subnet = item instanceof YMap m && m.get("subnet") instanceof YScalar s ? s.text() : null;
            int match = -1;
            for (int i = 0; i < out.size() && subnet != null; i++) {
                if (out.get(i) instanceof YMap m && m.get("subnet") instanceof YScalar s && subnet.equals(s.text())) {
                    match = i;
                }
            }
            if (match >= 0) {
                out.set(match, merge(out.get(match), item, path.index(match)));
            } else {
                out.add(clean(item));
            }
        }
        return out;
    }

    private static boolean same(YNode a, YNode b) {
        return Objects.equals(a.toJava(), b.toJava());
    }

    /**
     * A value entering the model with nothing to merge with: drops {@code !reset} keys inside it and clears the
     * tags, so they do not act again on a later merge.
     */
    public static YNode clean(YNode node) {
        if (node instanceof YMap map) {
            YMap out = new YMap(map.position());
            for (String key : map.keys()) {
                YNode v = map.get(key);
                if (v.tag() != MergeTag.RESET) {
                    out.put(key, clean(v), map.keyPosition(key));
                }
            }
            return out;
        }
        if (node instanceof YSeq seq) {
            YSeq out = new YSeq(seq.position());
            new ArrayList<>(seq.items()).forEach(i -> out.add(clean(i)));
            return out;
        }
        return node.tag() == MergeTag.NONE ? node : node.withTag(MergeTag.NONE);
    }
}
