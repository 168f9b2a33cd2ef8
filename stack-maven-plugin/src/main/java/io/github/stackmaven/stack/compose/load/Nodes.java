package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;

/** Small typed accessors over the tree that fail with a positioned message. */
final class Nodes {

    private Nodes() {
    }

    static YMap map(YNode node, ModelPath path) {
        if (node instanceof YMap m) {
            return m;
        }
        throw wrongType(node, path, "a mapping");
    }

    static YSeq seq(YNode node, ModelPath path) {
        if (node instanceof YSeq s) {
            return s;
        }
        throw wrongType(node, path, "a sequence");
    }

    static YScalar scalar(YNode node, ModelPath path) {
        if (node instanceof YScalar s) {
            return s;
        }
        throw wrongType(node, path, "a scalar");
    }

    /** The text of a scalar (numbers and booleans as compose prints them); null for YAML null. */
    static String text(YNode node, ModelPath path) {
        return scalar(node, path).text();
    }

    static String string(YNode node, ModelPath path) {
        String s = text(node, path);
        if (s == null) {
            throw new ComposeException(node.position(), path.toString(), "must be a string, found null");
        }
        return s;
    }

    static ComposeException wrongType(YNode node, ModelPath path, String expected) {
        return new ComposeException(node.position(), path.toString(),
                "must be " + expected + ", found a " + node.describe());
    }

    static ComposeException error(YNode node, ModelPath path, String problem) {
        return new ComposeException(node.position(), path.toString(), problem);
    }
}
