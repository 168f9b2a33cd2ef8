package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.discovery.DiscoveryContext;
import io.github.stackmaven.stack.engine.discovery.EngineLocator;
import io.github.stackmaven.stack.engine.docker.DockerEngineConnector;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.LogStreams;
import io.github.stackmaven.stack.orchestration.ShutdownCleanup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final Map<String, CompletableFuture<EngineClient>> engines = new HashMap<>();
    private final Set<String> reported = java.util.Collections.synchronizedSet(new HashSet<>());
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
    public EngineClient engine(String dockerHost) {
        return engine(dockerHost, EventSink.NONE);
    }

    /** {@link #engine(String)}, telling {@code events} (at debug) which engine a new connection reached. */
    public EngineClient engine(String dockerHost, EventSink events) {
        CompletableFuture<EngineClient> connecting;
        synchronized (this) {
            connecting = connecting(dockerHost);
        }
        EngineClient engine;
        try {
            engine = join(connecting);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                engines.remove(key(dockerHost), connecting); // the next goal tries again
            }
            throw e;
        }
        if (reported.add(key(dockerHost))) {
            events.debug("Using " + engine.info());
        }
        return engine;
    }

    /**
     * Starts connecting to the engine {@code dockerHost} names on a thread of its own, unless the session has (or
     * is getting) that connection already: a goal calls it first and reads its files meanwhile, since connecting
     * costs about a second in a fresh JVM (class loading, TLS defaults, the first answer). A failure is reported by
     * {@link #engine(String, EventSink)}, to the goal that needs the engine; one that does not never sees it.
     */
    public synchronized void connectAhead(String dockerHost) {
        connecting(dockerHost);
    }

    private CompletableFuture<EngineClient> connecting(String dockerHost) {
        if (closed) {
            throw new IllegalStateException("the stack session has ended");
        }
        // an attempt that failed before anyone asked for it is not the answer for this goal: connect again
        engines.computeIfPresent(key(dockerHost), (k, f) -> f.isCompletedExceptionally() ? null : f);
        return engines.computeIfAbsent(key(dockerHost), k -> {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return CompletableFuture.supplyAsync(() -> connect(dockerHost), task -> {
                // the caller's context class loader: docker-java and Jackson look up their services through it
                // (in Maven, the plugin's realm)
                Thread t = new Thread(task, "stack-engine-connect");
                t.setContextClassLoader(loader);
                t.setDaemon(true);
                t.start();
            });
        });
    }

    private static String key(String dockerHost) {
        return Objects.requireNonNullElse(dockerHost, "");
    }

    /** The future's value; its failure rethrown as the work threw it (not wrapped). */
    static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
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

    /**
     * How long this session's connections have waited for their engines so far (for the containers too, while a
     * stack came up); a goal's time minus this is the plugin's own.
     */
    public synchronized java.time.Duration engineTime() {
        java.time.Duration sum = java.time.Duration.ZERO;
        for (CompletableFuture<EngineClient> connecting : engines.values()) {
            if (connecting.isDone() && !connecting.isCompletedExceptionally()) {
                sum = sum.plus(connecting.join().time().total());
            }
        }
        return sum;
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
            List<CompletableFuture<EngineClient>> opened;
            synchronized (this) {
                opened = List.copyOf(engines.values());
                engines.clear();
            }
            // an attempt still under way ends first (bounded by the connect and probe timeouts), so that its
            // connection (an ssh tunnel, a pool) is closed too
            for (CompletableFuture<EngineClient> connecting : opened) {
                try {
                    connecting.join().close();
                } catch (RuntimeException ignored) {
                    // a failed attempt (reported to the goal that needed it), or closing a pool at the build's end
                }
            }
            executor.shutdownNow();
        }
    }
}
