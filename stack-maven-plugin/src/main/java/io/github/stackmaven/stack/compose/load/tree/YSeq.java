package io.github.stackmaven.stack.compose.load.tree;

import io.github.stackmaven.stack.compose.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A sequence of values in order. */
public final class YSeq implements YNode {

    private final Position position;
    private final MergeTag tag;
    private final List<YNode> items = new ArrayList<>();

    public YSeq(Position position) {
        this(position, MergeTag.NONE);
    }

    public YSeq(Position position, MergeTag tag) {
        this.position = position;
        this.tag = tag;
    }

    public static YSeq of(Position position, List<? extends YNode> items) {
        YSeq seq = new YSeq(position);
        items.forEach(seq::add);
        return seq;
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public MergeTag tag() {
        return tag;
    }

    public List<YNode> items() {
        return Collections.unmodifiableList(items);
    }

    public YNode get(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }

    public YSeq add(YNode item) {
        items.add(item);
        return this;
    }

    public void set(int index, YNode item) {
        items.set(index, item);
    }

    public void clear() {
        items.clear();
    }

    @Override
    public YSeq withTag(MergeTag newTag) {
        YSeq copy = new YSeq(position, newTag);
        copy.items.addAll(items);
        return copy;
    }

    @Override
    public YSeq deepCopy() {
        YSeq copy = new YSeq(position, tag);
        items.forEach(i -> copy.items.add(i.deepCopy()));
        return copy;
    }

    @Override
    public Object toJava() {
        List<Object> out = new ArrayList<>();
        items.forEach(i -> out.add(i.toJava()));
        return out;
    }

    @Override
    public String describe() {
        return "sequence";
    }

    @Override
    public String toString() {
        return String.valueOf(toJava());
    }
}
