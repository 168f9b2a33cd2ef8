package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.EngineClient;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Connects to the engine on a thread of its own while the caller reads files: connecting costs about a second
 * in a fresh JVM. The thread gets the caller's context class loader, through which docker-java and Jackson look up
 * their services (in Maven, the plugin's realm).
 */
final class EngineAhead {

    private final CompletableFuture<EngineClient> connecting;

    private EngineAhead(CompletableFuture<EngineClient> connecting) {
        this.connecting = connecting;
    }

    static EngineAhead connect(Supplier<EngineClient> engine) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new EngineAhead(CompletableFuture.supplyAsync(engine, task -> {
            Thread t = new Thread(task, "stack-engine-connect");
            t.setContextClassLoader(loader);
            t.setDaemon(true);
            t.start();
        }));
    }

    /** The connected engine; an unreachable engine is thrown as the engine layer threw it. */
    EngineClient get() {
        try {
            return connecting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Waits until the attempt ended either way, so that whoever closes the engine closes this connection too; its
     * failure was reported by {@link #get()}, unless an earlier mistake was.
     */
    void settle() {
        try {
            connecting.join();
        } catch (CompletionException e) {
            // reported by get(), or moot after an earlier failure
        }
    }
}
