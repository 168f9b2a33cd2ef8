package io.github.stackmaven.stack.engine.docker.session;

import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.BuildSessionRefusedException;
import io.github.stackmaven.stack.engine.BuildSessionSpec;
import io.grpc.BindableService;

import java.io.IOException;
import java.net.Socket;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * A BuildKit client session on a Docker engine: the hijacked {@code POST /session} connection carried to an
 * in-process gRPC server serving file sync, secrets, auth and health, and builds sent with its id.
 */
public final class DockerBuildSession implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final DockerHttpClient http;
    private final SessionServer server;
    private final SessionDialer.Connection engine;
    private final Socket pump;
    private final SessionCounters counters;

    private DockerBuildSession(String id, DockerHttpClient http, SessionServer server,
                               SessionDialer.Connection engine, Socket pump, SessionCounters counters) {
        this.id = id;
        this.http = http;
        this.server = server;
        this.engine = engine;
        this.pump = pump;
        this.counters = counters;
    }

    /** How long the engine may take to switch a new session's connection to HTTP/2. */
    static final java.time.Duration HANDSHAKE_TIMEOUT = java.time.Duration.ofSeconds(30);

    /**
     * Prepares, on a thread of its own, what opening a session needs (grpc-java, Netty): call it as soon as a
     * session is likely, so that this work overlaps the caller's.
     */
    public static void warmUp() {
        SessionServer.warmUp();
    }

    /**
     * Opens the session.
     *
     * @throws BuildSessionRefusedException when the engine does not switch protocols or cannot be reached this way
     */
    public static DockerBuildSession open(SessionDialer dialer, DockerHttpClient http, BuildSessionSpec spec) {
        return open(dialer, http, spec, HANDSHAKE_TIMEOUT);
    }

    static DockerBuildSession open(SessionDialer dialer, DockerHttpClient http, BuildSessionSpec spec,
                                   java.time.Duration handshakeTimeout) {
        String id = newId();
        SessionCounters counters = new SessionCounters();
        List<BindableService> services = List.of(new FileSyncService(spec.dirs(), counters),
                new SecretsService(spec.secrets()), new AuthService(spec.auth()), new HealthService());
        SessionServer server = null;
        SessionDialer.Connection engine = null;
        try {
            server = new SessionServer(services);
            engine = dialer.dial();
            // an engine that never answers must not hang the build: the connection is closed after the timeout,
            // which ends the read below (a Unix socket channel has no read timeout of its own)
            java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicBoolean timedOut = new java.util.concurrent.atomic.AtomicBoolean();
            SessionDialer.Connection dialed = engine;
            java.util.concurrent.CompletableFuture.delayedExecutor(handshakeTimeout.toMillis(),
                    java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> {
                        synchronized (answered) {
                            if (!answered.get()) {
                                timedOut.set(true);
                                dialed.close();
                            }
                        }
                    });
            try {
                engine.out().write(SessionUpgrade.request(id, spec.name(), spec.sharedKey(), server.methods()));
                engine.out().flush();
                SessionUpgrade.expectSwitch(engine.in());
            } catch (IOException | BuildSessionRefusedException e) {
                if (timedOut.get()) {
                    throw new BuildSessionRefusedException("the engine did not answer POST /session within "
                            + (handshakeTimeout.toMillis() % 1000 == 0 ? handshakeTimeout.toSeconds() + "s"
                            : handshakeTimeout.toMillis() + " ms"), e);
                }
                throw e;
            } finally {
                synchronized (answered) {
                    answered.set(true);
                }
            }
            if (timedOut.get()) {
                // the switch came just as the watchdog closed the connection
                throw new BuildSessionRefusedException("the engine did not answer POST /session within "
                        + handshakeTimeout.toSeconds() + "s");
            }
            Socket pump = server.connectPump();
            SessionDialer.Connection hijacked = engine;
            SessionServer grpc = server;
            Runnable end = () -> {
                hijacked.close();
                closeQuietly(pump);
            };
            BytePump.start("stack-session-in", engine.in(), pump.getOutputStream(), end);
            BytePump.start("stack-session-out", pump.getInputStream(), engine.out(), end);
            return new DockerBuildSession(id, http, grpc, engine, pump, counters);
        } catch (IOException | RuntimeException e) {
            if (engine != null) {
                engine.close();
            }
            if (server != null) {
                server.close();
            }
            if (e instanceof BuildSessionRefusedException refused) {
                throw refused;
            }
            throw new BuildSessionRefusedException("cannot open a build session: " + e.getMessage(), e);
        }
    }

    public String id() {
        return id;
    }


    /** File content bytes sent to the engine so far in this session. */
    public long bytesSent() {
        return counters.bytes.get();
    }

    /** Files whose content was sent so far in this session. */
    public long filesSent() {
        return counters.files.get();
    }

    @Override
    public void close() {
        engine.close();
        closeQuietly(pump);
        server.close();
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is left to do
        }
    }
}
