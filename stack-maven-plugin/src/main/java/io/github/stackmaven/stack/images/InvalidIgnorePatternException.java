package io.github.stackmaven.stack.images;

/** A .dockerignore pattern that Docker would reject too; carries the pattern and, when known, its line. */
public class InvalidIgnorePatternException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String pattern;
    private final int line;

    public InvalidIgnorePatternException(String pattern, int line, String problem) {
        super((line > 0 ? ".dockerignore line " + line + ": " : ".dockerignore: ")
                + "pattern '" + pattern + "' " + problem);
        this.pattern = pattern;
        this.line = line;
    }

    /** The pattern as written (after trimming). */
    public String pattern() {
        return pattern;
    }

    /** 1-based line in the .dockerignore file, or 0 when the pattern did not come from a file. */
    public int line() {
        return line;
    }
}
