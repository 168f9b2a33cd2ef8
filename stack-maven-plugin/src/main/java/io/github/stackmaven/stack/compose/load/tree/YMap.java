package io.github.stackmaven.stack.compose.load.tree;

import io.github.stackmaven.stack.compose.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** A mapping with string keys in insertion order; remembers where each key was written. */
public final class YMap implements YNode {

    private final Position position;
    private final MergeTag tag;
    private final LinkedHashMap<String, YNode> entries = new LinkedHashMap<>();
    private final Map<String, Position> keyPositions = new LinkedHashMap<>();

    public YMap(Position position) {
        this(position, MergeTag.NONE);
    }

    public YMap(Position position, MergeTag tag) {
        this.position = position;
        this.tag = tag;
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public MergeTag tag() {
        return tag;
    }

    public YNode get(String key) {
        return entries.get(key);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public Map<String, YNode> entries() {
        return Collections.unmodifiableMap(entries);
    }

    public int size() {
        return entries.size();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Position of the key itself, falling back to the value's position. */
    public Position keyPosition(String key) {
        Position p = keyPositions.get(key);
        if (p != null) {
            return p;
        }
        YNode value = entries.get(key);
        return value == null ? position : value.position();
    }

    public YMap put(String key, YNode value) {
        return put(key, value, value.position());
    }

    public YMap put(String key, YNode value, Position keyPosition) {
        entries.put(key, value);
        keyPositions.putIfAbsent(key, keyPosition);
        return this;
    }

    public YNode remove(String key) {
        keyPositions.remove(key);
        return entries.remove(key);
    }

    @Override
    public YMap withTag(MergeTag newTag) {
        YMap copy = new YMap(position, newTag);
        copy.entries.putAll(entries);
        copy.keyPositions.putAll(keyPositions);
        return copy;
    }

    @Override
    public YMap deepCopy() {
        YMap copy = new YMap(position, tag);
        entries.forEach((k, v) -> copy.entries.put(k, v.deepCopy()));
        copy.keyPositions.putAll(keyPositions);
        return copy;
    }

    @Override
    public Object toJava() {
        Map<String, Object> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(k, v.toJava()));
        return out;
    }

    @Override
    public String describe() {
        return "mapping";
    }

    @Override
    public String toString() {
        return String.valueOf(toJava());
    }
}
