package io.github.stackmaven.stack.compose;

/**
 * Where a value was written: a file (as shown to the user), a 1-based line and a 1-based column.
 * Line and column are 0 when unknown (for values that compose creates, such as defaults).
 */
public record Position(String file, int line, int column) {

    public static final Position UNKNOWN = new Position("", 0, 0);

    public static Position ofFile(String file) {
        return new Position(file, 0, 0);
    }

    public boolean isKnown() {
        return !file.isEmpty();
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + column;
    }
}
