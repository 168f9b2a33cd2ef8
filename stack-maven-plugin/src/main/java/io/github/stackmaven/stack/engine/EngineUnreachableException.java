package io.github.stackmaven.stack.engine;

import java.util.List;
import java.util.stream.Collectors;

/** No engine answered at any candidate endpoint. The message names every place that was tried and why it failed. */
public final class EngineUnreachableException extends EngineException {
    private static final long serialVersionUID = 1L;

    /** One endpoint that was tried, and what went wrong there. */
    public record Attempt(EngineEndpoint endpoint, String problem) {
        @Override
        public String toString() {
            return endpoint + ": " + problem;
        }
    }

    private final transient List<Attempt> attempts;

    public EngineUnreachableException(List<Attempt> attempts, String hint) {
        super(message(attempts, hint));
        this.attempts = List.copyOf(attempts);
    }

    public List<Attempt> attempts() {
        return attempts;
    }

    private static String message(List<Attempt> attempts, String hint) {
        String tried = attempts.stream().map(a -> "  - " + a).collect(Collectors.joining("\n"));
        return "Cannot reach a Docker engine. Tried:\n" + tried + "\n" + hint;
    }
}
