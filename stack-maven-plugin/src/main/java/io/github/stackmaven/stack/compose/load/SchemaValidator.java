package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Stage "validate" (the part of compose's JSON schema that matters most to users): unknown keys, with a
 * "did you mean" suggestion, the shape of the top-level sections, and service and resource names.
 */
public final class SchemaValidator {

    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9._-]+$");

    private SchemaValidator() {
    }

    public static void validate(YMap doc) {
        walk(doc, ModelPath.ROOT);
        for (String section : new String[] {"services", "networks", "volumes", "secrets", "configs"}) {
            YNode node = doc.get(section);
            if (node == null || node.isNull()) {
                continue;
            }
            YMap map = Nodes.map(node, ModelPath.of(section));
            for (String name : map.keys()) {
                if (!NAME.matcher(name).matches()) {
                    throw new ComposeException(map.keyPosition(name), section, "invalid name \"" + name
                            + "\"; use only letters, digits, '.', '_' and '-'");
                }
                YNode value = map.get(name);
                if (section.equals("services") && !(value instanceof YMap)) {
                    throw Nodes.wrongType(value, ModelPath.of(section).child(name), "a mapping");
                }
            }
        }
        if (doc.get("include") != null && !doc.get("include").isNull()) {
            Nodes.seq(doc.get("include"), ModelPath.of("include"));
        }
    }

    private static void walk(YNode node, ModelPath path) {
        if (node instanceof YMap map) {
            Set<String> known = KnownKeys.forPath(path);
            for (String key : new ArrayList<>(map.keys())) {
                if (key.startsWith("x-") && known != null) {
                    continue;
                }
                if (known != null && !known.contains(key)) {
                    throw new ComposeException(map.keyPosition(key), path.toString(),
                            "unknown key \"" + key + "\"" + Suggestions.didYouMean(key, known));
                }
                if (path.size() == 0 && key.startsWith("x-")) {
                    continue;
                }
                walk(map.get(key), path.child(key));
            }
        } else if (node instanceof YSeq seq && path.size() <= 4) {
            for (int i = 0; i < seq.size(); i++) {
                walk(seq.get(i), path.index(i));
            }
        }
    }
}
