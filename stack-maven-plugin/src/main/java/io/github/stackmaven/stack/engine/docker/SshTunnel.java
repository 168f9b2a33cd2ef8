package io.github.stackmaven.stack.engine.docker;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Carries the Engine API over ssh: a Unix socket in a private temporary directory (mode 700, so only this user can
 * connect) on which every accepted connection is bridged to its own {@code ssh ... docker system dial-stdio}
 * process, as the docker CLI opens one ssh process per connection. The HTTP client connects to {@link #socket()}
 * like to any local engine, so everything it does (streams, hijacked attach, raw build and push) works unchanged.
 * <p>
 * At most {@link #HANDSHAKES} ssh processes authenticate at the same time (sshd drops unauthenticated connections
 * beyond its {@code MaxStartups}, 10 by default): a process counts as authenticating until the engine's first byte
 * arrives through it, it ends, or {@link #HANDSHAKE_SECONDS} pass (a log follow may stay silent for long).
 * When an ssh process fails before the engine answered, what it printed on stderr is kept for the error message
 * ({@link #failure}).
 */
final class SshTunnel implements Closeable {
    static final int HANDSHAKES = 8;
    /** A handshake counts as done after this long even when the engine has not answered yet. */
    static final int HANDSHAKE_SECONDS = 3;
    private static final int STDERR_LIMIT = 4096;

    private final SshCommand command;
    private final Path dir;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Set<Process> processes = ConcurrentHashMap.newKeySet();
    private final Semaphore handshakes = new Semaphore(HANDSHAKES);
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile boolean closed;

    private SshTunnel(SshCommand command, Path dir) throws IOException {
        this.command = command;
        this.dir = dir;
        this.socket = dir.resolve("engine.sock");
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        daemon(this::acceptLoop, "stack-ssh-accept").start();
    }

    static SshTunnel open(SshCommand command) throws IOException {
        Path dir;
        try {
            dir = Files.createTempDirectory("stack-ssh-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            dir = Files.createTempDirectory("stack-ssh-");
        }
        return new SshTunnel(command, dir);
    }

    /** The local endpoint for the HTTP client: {@code unix:///tmp/stack-ssh-.../engine.sock}. */
    URI socket() {
        return URI.create("unix://" + socket.toAbsolutePath());
    }

    SshCommand command() {
        return command;
    }

    /**
     * Why ssh failed, when an ssh process exited with an error before the engine answered; waits up to
     * {@code wait} for a process that is still ending.
     */
    Optional<String> failure(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (failure.get() == null && !processes.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.ofNullable(failure.get());
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            daemon(() -> bridge(client), "stack-ssh-bridge").start();
        }
    }

    /** One connection: client bytes to ssh's stdin, ssh's stdout to the client; ends when either side ends. */
    private void bridge(SocketChannel client) {
        Process process;
        try {
            handshakes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(client);
            return;
        }
        Released released = new Released(handshakes);
        // a long poll (a log follow, a wait) may send its first byte much later: the permit goes back by then anyway
        CompletableFuture.delayedExecutor(HANDSHAKE_SECONDS, TimeUnit.SECONDS).execute(released);
        try {
            process = new ProcessBuilder(command.argv()).start();
        } catch (IOException e) {
            failure.compareAndSet(null, "cannot run `ssh` (" + e.getMessage() + "); install an OpenSSH client and"
                    + " put `ssh` on the PATH");
            released.run();
            closeQuietly(client);
            return;
        }
        processes.add(process);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread err = daemon(() -> drain(process.getErrorStream(), stderr), "stack-ssh-stderr");
        err.start();
        daemon(() -> upstream(client, process), "stack-ssh-up").start();
        boolean answered = false;
        try (InputStream in = process.getInputStream()) {
            byte[] buffer = new byte[16384];
            int n;
            while ((n = in.read(buffer)) > 0) {
                answered = true;
                released.run();
                ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
                while (bytes.hasRemaining()) {
                    client.write(bytes);
                }
            }
        } catch (IOException e) {
            // the client went away or ssh ended; both close the connection below
        }
        released.run();
        closeQuietly(client);
        int exit = end(process, Duration.ofSeconds(5));
        try {
            err.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!answered && !closed && exit != 0 && (exit < 128 || exit == 255)) { // not ended by a signal from us
            String said;
            synchronized (stderr) {
                said = stderr.toString(StandardCharsets.UTF_8);
            }
            failure.compareAndSet(null, SshFailure.explain(command, exit, said));
        }
        processes.remove(process);
    }

    private static void upstream(SocketChannel client, Process process) {
        try (OutputStream out = process.getOutputStream()) {
            ByteBuffer buffer = ByteBuffer.allocate(16384);
            while (client.read(buffer) > 0) {
                out.write(buffer.array(), 0, buffer.position());
                out.flush();
                buffer.clear();
            }
        } catch (IOException e) {
            // ssh ended or the client closed; the downstream side notices too
        }
        // the client is done: dial-stdio ends on stdin's end; make sure it does
        end(process, Duration.ofSeconds(3));
    }

    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        byte[] buffer = new byte[1024];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (sink) {
                    if (sink.size() < STDERR_LIMIT) {
                        sink.write(buffer, 0, Math.min(n, STDERR_LIMIT - sink.size()));
                    }
                }
            }
        } catch (IOException e) {
            // process gone
        }
    }

    /** Waits for the process to end, then ends it; returns its exit code. */
    private static int end(Process process, Duration wait) {
        try {
            if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temp directory; the OS cleans it
        }
    }

    private static Thread daemon(Runnable body, String name) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    /** Gives a handshake permit back once, when the engine first answers or the connection ends. */
    private static final class Released implements Runnable {
        private final Semaphore permits;
        private boolean done;

        Released(Semaphore permits) {
            this.permits = permits;
        }

        @Override
        public synchronized void run() {
            if (!done) {
                done = true;
                permits.release();
            }
        }
    }
}
