package io.github.stackmaven.stack.orchestration.wait;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Whether something listens behind a published port. The engine's port proxy accepts every connection, even when
 * nothing listens inside the container, and then closes it; so a connection alone proves nothing. The probe connects
 * and reads briefly: data, or a read that times out with the connection still open, means a server holds it;
 * an immediate end of stream, a reset or a refused connection means nothing listens yet.
 */
public final class PortProbe {
    /** The answer, with what the user reads while waiting or when the wait fails. */
    public record Result(boolean listening, String detail) {
    }

    private static final Duration DIRECT_CONNECT_TIMEOUT = Duration.ofMillis(200);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final java.util.function.BiPredicate<String, String> direct;

    public PortProbe(Duration connectTimeout, Duration readTimeout) {
        this(connectTimeout, readTimeout, HostBridges::carries);
    }

    /**
     * @param direct whether a container's address on a network (id, address) is reachable straight from here and is
     *               that container's ({@link HostBridges#carries})
     */
    public PortProbe(Duration connectTimeout, Duration readTimeout,
                     java.util.function.BiPredicate<String, String> direct) {
        this.direct = direct;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    public static PortProbe standard() {
        return new PortProbe(Duration.ofSeconds(1), Duration.ofMillis(500));
    }

    /** What a connection straight to a container's own address showed. */
    public enum Direct {
        /** Accepted: something listens (no proxy stands in between). */
        LISTENS,
        /** Refused: nothing listens there yet, or the address is not the container's (a VPN, a firewall). */
        REFUSED,
        /** No answer, no route: the container's network is not reachable from here. */
        UNREACHABLE
    }

    /**
     * Connects straight to the container's own address, where the engine's network is reachable from here and the
     * address is that container's ({@link HostBridges}: a rootful Docker engine on this machine): an accepted connection proves a listener at once, without the read that waits through the
     * engine's port proxy's silence. Only acceptance is taken as an answer: anything else leaves the decision to
     * {@link #probe(String, int, Protocol)} on the published port.
     */
    public Direct probeDirect(String networkId, String address, int port) {
        if (!direct.test(networkId, address)) {
            return Direct.UNREACHABLE;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), (int) DIRECT_CONNECT_TIMEOUT.toMillis());
            return Direct.LISTENS;
        } catch (java.net.ConnectException e) {
            return e.getMessage() != null && e.getMessage().startsWith("Connection refused") ? Direct.REFUSED
                    : Direct.UNREACHABLE;
        } catch (IOException e) {
            return Direct.UNREACHABLE;
        }
    }

    public Result probe(String host, int port) {
        return probe(host, port, null);
    }

    /** With a {@link Protocol}, the server must also answer in it that it serves. */
    public Result probe(String host, int port, Protocol protocol) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) connectTimeout.toMillis());
            if (protocol != null) {
                socket.setSoTimeout((int) readTimeout.toMillis() * 4);
                Protocol.Answer a = protocol.ask(socket.getInputStream(), socket.getOutputStream());
                return new Result(a.ready(), a.ready() ? "answers" : a.detail());
            }
            socket.setSoTimeout((int) readTimeout.toMillis());
            InputStream in = socket.getInputStream();
            try {
                return in.read() < 0 ? new Result(false, "closes connections at once (nothing listens yet)")
                        : new Result(true, "answers");
            } catch (SocketTimeoutException e) {
                return new Result(true, "accepts connections");
            }
        } catch (SocketTimeoutException e) {
            return new Result(false, protocol == null ? "does not accept connections (timed out)"
                    : "does not answer (timed out)");
        } catch (IOException e) {
            return new Result(false, e.getMessage() == null ? "closes connections at once (nothing listens yet)"
                    : "does not accept connections (" + e.getMessage() + ")");
        }
    }
}
