package io.github.stackmaven.stack.compose.load.tree;

import io.github.stackmaven.stack.compose.Position;

/**
 * A scalar: its text as written (after interpolation for strings), and the type YAML gave it.
 * {@code value} is null only for NULL.
 */
public record YScalar(String value, ScalarKind kind, Position position, MergeTag tag) implements YNode {

    public static YScalar string(String value, Position position) {
        return new YScalar(value, ScalarKind.STRING, position, MergeTag.NONE);
    }

    public static YScalar nul(Position position) {
        return new YScalar(null, ScalarKind.NULL, position, MergeTag.NONE);
    }

    public static YScalar integer(long value, Position position) {
        return new YScalar(Long.toString(value), ScalarKind.INT, position, MergeTag.NONE);
    }

    public static YScalar bool(boolean value, Position position) {
        return new YScalar(Boolean.toString(value), ScalarKind.BOOL, position, MergeTag.NONE);
    }

    public YScalar withValue(String newValue) {
        return new YScalar(newValue, kind, position, tag);
    }

    @Override
    public YScalar withTag(MergeTag newTag) {
        return new YScalar(value, kind, position, newTag);
    }

    @Override
    public YScalar deepCopy() {
        return this;
    }

    /** The scalar as compose turns it into a string (numbers as written, booleans lower-case, null as null). */
    public String text() {
        return switch (kind) {
            case NULL -> null;
            case BOOL -> value.toLowerCase(java.util.Locale.ROOT);
            case FLOAT -> GoFormat.formatFloat(value);
            default -> value;
        };
    }

    @Override
    public Object toJava() {
        return switch (kind) {
            case NULL -> null;
            case BOOL -> Boolean.parseBoolean(value.toLowerCase(java.util.Locale.ROOT));
            case INT -> GoFormat.parseInt(value);
            case FLOAT -> Double.parseDouble(value);
            case STRING -> value;
        };
    }

    @Override
    public String describe() {
        return switch (kind) {
            case NULL -> "null";
            case BOOL -> "boolean";
            case INT, FLOAT -> "number";
            case STRING -> "string";
        };
    }
}
