package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.discovery.DiscoveryContext;
import io.github.stackmaven.stack.engine.discovery.EngineLocator;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import io.github.stackmaven.stack.orchestration.LogStreams;
import io.github.stackmaven.stack.orchestration.ShutdownCleanup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What lives as long as one build (one Maven session, one JUnit run) and no longer: the engine connection, shared
 * by every goal; the one executor for work in parallel; the stacks {@code up} started and their log streams; the
 * cleanup that removes test stacks whose {@code down} never ran. Nothing of it is static, so a long-lived JVM (a
 * Maven daemon, an IDE) runs build after build without one seeing another's state. {@link #close()} ends the build:
 * it removes the test stacks still registered, ends the log streams and closes the connection.
 */
public final class StackSession implements AutoCloseable {
    private final Map<String, EngineClient> engines = new HashMap<>();
    private final Map<Path, Running> running = new ConcurrentHashMap<>();
    private final ShutdownCleanup cleanup = new ShutdownCleanup();
    private final ExecutorService executor;
    private final Function<String, EngineClient> connector;
    private boolean closed;

    /** A stack {@code up} started in this session: its project name and where its output is streamed. */
    record Running(String project, LogStreams logs) {
    }

    public StackSession() {
        this(StackSession::locateAndConnect);
    }

    /** @param connector opens a connection to the engine a {@code dockerHost} setting names (null: discovery) */
    StackSession(Function<String, EngineClient> connector) {
        this.connector = connector;
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "stack-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * The session's connection to the engine {@code dockerHost} names (null: DOCKER_HOST, the docker context, the
     * well-known sockets), connected on first use and closed with the session.
     */
    public synchronized EngineClient engine(String dockerHost) {
        if (closed) {
            throw new IllegalStateException("the stack session has ended");
        }
        String key = Objects.requireNonNullElse(dockerHost, "");
        EngineClient engine = engines.get(key);
        if (engine == null) {
            engine = connect(dockerHost);
            engines.put(key, engine);
        }
        return engine;
    }

    /**
     * A further connection, owned by the caller: for the log streams (long-lived follows must never take the pool
     * the build's calls need) and the shutdown hook (which runs when the session's connection may be closed).
     */
    EngineClient connect(String dockerHost) {
        return connector.apply(dockerHost);
    }

    private static EngineClient locateAndConnect(String dockerHost) {
        EngineLocator.Candidates c = EngineLocator.locate(DiscoveryContext.ofSystem(dockerHost));
        return DockerEngineConnector.connect(c.endpoints(), c.explicit());
    }

    /** The one executor of the session, for everything that runs in parallel. */
    public ExecutorService executor() {
        return executor;
    }

    ShutdownCleanup cleanup() {
        return cleanup;
    }

    /** Records the stack {@code up} started, by its state file ({@code target/stack/<environment>.properties}). */
    void started(Path stateFile, Running stack) {
        running.put(stateFile, stack);
    }

    /** The stack started in this session for that state file, or null. */
    Running running(Path stateFile) {
        return running.get(stateFile);
    }

    /** {@code down} removed it. */
    Running stopped(Path stateFile) {
        return running.remove(stateFile);
    }

    /** Ends the build: test stacks still registered are removed, log streams and connections closed. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            cleanup.close();
            running.values().forEach(r -> {
                if (r.logs() != null) {
                    r.logs().close();
                }
            });
            running.clear();
        } finally {
            synchronized (this) {
                engines.values().forEach(e -> {
                    try {
                        e.close();
                    } catch (RuntimeException ignored) {
                        // closing a connection pool at the end of the build
                    }
                });
                engines.clear();
            }
            executor.shutdownNow();
        }
    }
}
