package io.github.stackmaven.stack.compose.load;

/** A syntax error in an env file, with its 1-based line. */
public final class DotenvException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public DotenvException(int line, String problem) {
        super("line " + line + ": " + problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
