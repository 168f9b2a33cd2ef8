package io.github.stackmaven.stack.orchestration;

/**
 * A name the stack needs is held by a container this stack must leave alone (another environment's stack of the
 * same project name, or one started outside the plugin).
 *
 * @see StackUp
 */
public final class StackConflict extends StackException {
    private static final long serialVersionUID = 1L;
    private final String container;

    StackConflict(String container, String message) {
        super(message);
        this.container = container;
    }

    /** The container that holds the name. */
    public String container() {
        return container;
    }
}
