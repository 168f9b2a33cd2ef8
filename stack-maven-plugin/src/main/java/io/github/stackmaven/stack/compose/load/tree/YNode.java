package io.github.stackmaven.stack.compose.load.tree;

import io.github.stackmaven.stack.compose.Position;

/**
 * A YAML value with its source position, as the loader's stages see it: a mapping with string keys,
 * a sequence or a scalar. Mappings and sequences are mutable while the loader works on them; every stage
 * that reuses a subtree takes a {@link #deepCopy()} first, so aliases never share state.
 */
public sealed interface YNode permits YMap, YSeq, YScalar {

    Position position();

    /** The compose merge tag written on this value ({@code !reset}, {@code !override}) or NONE. */
    MergeTag tag();

    YNode withTag(MergeTag tag);

    YNode deepCopy();

    /** Plain Java value: LinkedHashMap, ArrayList, String/Long/Double/Boolean or null. */
    Object toJava();

    default boolean isNull() {
        return this instanceof YScalar s && s.kind() == ScalarKind.NULL;
    }

    /** Kind of the value for messages: mapping, sequence, string, number, boolean or null. */
    String describe();
}
