package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.ScalarKind;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Stage 2, interpolate: substitutes variables in every string value of one document (never in keys), then
 * casts the strings at the paths of {@link TypeCasts} to the type compose expects.
 */
public final class Interpolator {

    private final Function<String, String> lookup;
    private final Set<String> unsetVariables = new LinkedHashSet<>();

    public Interpolator(Function<String, String> lookup) {
        this.lookup = lookup;
    }

    /** Interpolates the document in place (values are replaced in their parent mapping or sequence). */
    public YMap interpolate(YMap doc) {
        return (YMap) visit(doc, ModelPath.ROOT);
    }

    /** Names of variables that were used unset without a default (compose warns about each). */
    public List<String> unsetVariables() {
        return new ArrayList<>(unsetVariables);
    }

    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        unsetVariables.forEach(v -> out.add("The \"" + v + "\" variable is not set. Defaulting to a blank string."));
        return out;
    }

    private YNode visit(YNode node, ModelPath path) {
        if (node instanceof YMap map) {
            for (String key : new ArrayList<>(map.keys())) {
                map.put(key, visit(map.get(key), path.child(key)));
            }
            return map;
        }
        if (node instanceof YSeq seq) {
            for (int i = 0; i < seq.size(); i++) {
                seq.set(i, visit(seq.get(i), path.index(i)));
            }
            return seq;
        }
        YScalar scalar = (YScalar) node;
        if (scalar.kind() != ScalarKind.STRING) {
            return scalar;
        }
        String value;
        try {
            value = Template.substitute(scalar.value(), lookup, unsetVariables::add);
        } catch (TemplateException e) {
            throw new ComposeException(scalar.position(), path.toString(), e.getMessage());
        }
        return TypeCasts.cast(scalar.withValue(value), path);
    }
}
