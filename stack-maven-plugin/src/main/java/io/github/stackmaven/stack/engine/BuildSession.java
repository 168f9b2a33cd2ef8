package io.github.stackmaven.stack.engine;

import java.util.function.Consumer;

/**
 * An open BuildKit client session: builds sent through it take their context from the session's directories, so
 * the engine asks only for files that changed since its last transfer, and later builds reuse the transfer.
 */
public interface BuildSession extends AutoCloseable {

    /**
     * Builds as {@link EngineClient#build} does (typed events, the image id, {@link BuildFailedException}), with the
     * context from this session: {@code request.context()} and {@code request.tar()} are not used.
     */
    String build(BuildRequest request, Consumer<BuildEvent> events);

    /** File content bytes sent to the engine so far in this session. */
    long bytesSent();

    /** Files whose content was sent so far in this session. */
    long filesSent();

    @Override
    void close();
}
