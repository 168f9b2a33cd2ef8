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
        String id = newId();
        SessionCounters counters = new SessionCounters();
        List<BindableService> services = List.of(new FileSyncService(spec.dirs(), counters),
                new SecretsService(spec.secrets()), new AuthService(spec.auth()), new HealthService());
        SessionServer server = null;
        SessionDialer.Connection engine = null;
        try {
            server = new SessionServer(services);
            engine = dialer.dial();
            engine.out().write(SessionUpgrade.request(id, spec.name(), spec.sharedKey(), server.methods()));
            engine.out().flush();
            SessionUpgrade.expectSwitch(engine.in());
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
