package io.github.stackmaven.stack.images;

/** An image name, tag or digest that the engine would refuse; carries the offending value. */
public class InvalidImageReferenceException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String value;

    public InvalidImageReferenceException(String value, String problem) {
        super("'" + value + "' " + problem);
        this.value = value;
    }

    public String value() {
        return value;
    }
}
