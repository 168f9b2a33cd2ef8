package io.github.stackmaven.stack.engine;

import java.util.function.Consumer;

/**
 * An open BuildKit client session: builds sent through it take their context from the session's directories, so
 * the engine asks only for files that changed since its last transfer, and later builds reuse the transfer.
 */
public interface BuildSession extends AutoCloseable {

    /**
     * Builds as {@link EngineClient#build} does, with the context from this session ({@code request.context()} is
     * not used) and each line of the engine's NDJSON answer handed to {@code lines}.
     */
    void build(BuildRequest request, Consumer<String> lines);

    /** File content bytes sent to the engine so far in this session. */
    long bytesSent();

    /** Files whose content was sent so far in this session. */
    long filesSent();

    @Override
    void close();
}
