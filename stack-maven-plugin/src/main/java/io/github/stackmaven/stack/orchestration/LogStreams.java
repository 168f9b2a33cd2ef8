package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.LogFollow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a stack's container output to {@code <logDir>/<service>.log} (mode 600) for as long as each container runs,
 * over an engine connection of its own: the goal that started the stack closes its connection when it ends, this one
 * stays open. A stream ends when its container stops or is removed; {@link #complete()} says that no more containers
 * come, and once every stream has ended the files and the connection are closed. {@code down} removes the containers
 * and then {@link #finish}es, so the files get the last byte. One instance per stack, held for the build by whoever
 * started it (never a static: a Maven daemon runs many builds in one JVM).
 */
public final class LogStreams implements AutoCloseable {
    private final EngineClient engine;
    private final List<Stream> streams = new ArrayList<>();
    private boolean upDone;
    private boolean closed;
    private final java.util.concurrent.CountDownLatch closeDone = new java.util.concurrent.CountDownLatch(1);
    /** How long a second {@link #close()} waits for the first to finish. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final java.util.concurrent.Executor executor;

    /** @param engine a connection of its own, closed with this */
    public LogStreams(EngineClient engine) {
        this(engine, null);
    }

    /**
     * @param engine   a connection of its own, closed with this
     * @param executor where each stream waits for its end (the session's); null: a daemon thread per stream
     */
    public LogStreams(EngineClient engine, java.util.concurrent.Executor executor) {
        this.engine = engine;
        this.executor = executor;
    }

    private record Stream(String containerId, LogFollow follow, BufferedWriter file) {
    }

    /** Follows a started container into {@code file}, from its first line. */
    public void follow(String containerId, Path file) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(PrivateFiles.create(file),
                StandardCharsets.UTF_8));
        synchronized (this) {
            if (closed) {
                writer.close();
                return;
            }
        }
        LogFollow follow;
        try {
            follow = engine.followLogs(containerId, line -> {
                try {
                    synchronized (writer) {
                        writer.write(line);
                        writer.newLine();
                        writer.flush();
                    }
                } catch (IOException e) {
                    // the log file is a convenience; the stack keeps running without it
                }
            });
        } catch (RuntimeException e) {
            writer.close();
            throw new IOException(e.getMessage(), e);
        }
        synchronized (this) {
            streams.add(new Stream(containerId, follow, writer));
        }
        Runnable watch = () -> {
            follow.awaitEnd(Duration.ofDays(365_000));
            ended();
        };
        if (executor != null) {
            executor.execute(watch);
            return;
        }
        Thread watcher = new Thread(watch, "stack-log-" + file.getFileName());
        watcher.setDaemon(true);
        watcher.start();
    }

    /** No more containers will be followed: once every stream ended, everything is closed. */
    public void complete() {
        synchronized (this) {
            upDone = true;
        }
        ended();
    }

    private void ended() {
        boolean allEnded;
        synchronized (this) {
            allEnded = upDone && !closed && streams.stream().allMatch(s -> s.follow().awaitEnd(Duration.ZERO));
        }
        if (allEnded) {
            close();
        }
    }

    /**
     * Waits (at most {@code timeout} in all) until the streams of containers that are no longer running have ended,
     * so that a one-shot's whole output is in its file before the build can end.
     */
    public void awaitStopped(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        List<Stream> copy;
        synchronized (this) {
            copy = List.copyOf(streams);
        }
        for (Stream s : copy) {
            try {
                if (!"running".equals(engine.inspectContainer(s.containerId()).status())) {
                    s.follow().awaitEnd(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
                }
            } catch (RuntimeException e) {
                // gone already: its stream ends by itself
            }
        }
    }

    /** Waits (at most {@code timeout}) for every stream to end, as it does once its container is gone, then closes. */
    public void finish(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        List<Stream> copy;
        synchronized (this) {
            copy = List.copyOf(streams);
        }
        for (Stream s : copy) {
            s.follow().awaitEnd(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
        }
        close();
    }

    /** Stops following and closes the files and the connection. */
    @Override
    public void close() {
        List<Stream> copy;
        synchronized (this) {
            if (closed) {
                copy = null;
            } else {
                closed = true;
                copy = List.copyOf(streams);
            }
        }
        if (copy == null) {
            // another thread (the last stream's end) is closing: return once the files and connection are closed
            try {
                closeDone.await(CLOSE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        try {
            closeAll(copy);
        } finally {
            closeDone.countDown();
        }
    }

    private void closeAll(List<Stream> copy) {
        for (Stream s : copy) {
            s.follow().close();
            synchronized (s.file()) {
                try {
                    s.file().close();
                } catch (IOException e) {
                    // closing a log file; nothing to report
                }
            }
        }
        try {
            engine.close();
        } catch (RuntimeException e) {
            // closing a connection pool
        }
    }
}
