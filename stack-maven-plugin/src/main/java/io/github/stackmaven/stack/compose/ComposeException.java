package io.github.stackmaven.stack.compose;

/**
 * A problem in the user's compose files or environment. The message reads
 * {@code file:line:column: dotted.path: problem}, e.g.
 * {@code docker-compose.yml:12:7: services.web.ports[1]: invalid port "80:80:80:80"; expected ...}.
 */
public class ComposeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Position position;
    private final String path;
    private final String problem;

    public ComposeException(Position position, String path, String problem) {
        this(position, path, problem, null);
    }

    public ComposeException(Position position, String path, String problem, Throwable cause) {
        super(format(position, path, problem), cause);
        this.position = position == null ? Position.UNKNOWN : position;
        this.path = path == null ? "" : path;
        this.problem = problem;
    }

    private static String format(Position position, String path, String problem) {
        StringBuilder text = new StringBuilder();
        if (position != null && position.isKnown()) {
            text.append(position).append(": ");
        }
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(problem).toString();
    }

    public Position position() {
        return position;
    }

    public String file() {
        return position.file();
    }

    public int line() {
        return position.line();
    }

    public int column() {
        return position.column();
    }

    /** Dotted path of the offending value, such as {@code services.web.ports[1]}; empty when global. */
    public String path() {
        return path;
    }

    /** The problem alone, without position and path. */
    public String problem() {
        return problem;
    }
}
