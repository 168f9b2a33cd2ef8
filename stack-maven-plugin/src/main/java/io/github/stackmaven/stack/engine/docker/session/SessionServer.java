package io.github.stackmaven.stack.engine.docker.session;

import io.grpc.BindableService;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gRPC server the engine calls during a session. grpc-java cannot serve on a connection it did not accept, so
 * it listens on a loopback port and one local socket carries the engine's hijacked connection to it
 * ({@link BytePump}); calls from any other peer are refused, so no other local process reaches the session.
 */
final class SessionServer implements AutoCloseable {

    /** The call's gRPC metadata (the engine's {@code dir-name}, {@code include-patterns}, ...). */
    static final Context.Key<Metadata> HEADERS = Context.key("stack-session-headers");

    private final Server server;
    private final List<String> methods;
    private final AtomicReference<SocketAddress> peer = new AtomicReference<>();
    private final boolean anyPeer;

    SessionServer(List<BindableService> services) throws IOException {
        this(services, false);
    }

    /** @param anyPeer serve every local caller (only the warm-up's own server, which serves no session) */
    private SessionServer(List<BindableService> services, boolean anyPeer) throws IOException {
        this.anyPeer = anyPeer;
        List<ServerServiceDefinition> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (BindableService service : services) {
            ServerServiceDefinition definition = ServerInterceptors.intercept(service, new OnlyThePump());
            definition.getMethods().forEach(m -> names.add("/" + m.getMethodDescriptor().getFullMethodName()));
            definitions.add(definition);
        }
        NettyServerBuilder builder = NettyServerBuilder
                .forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .maxInboundMessageSize(16 * 1024 * 1024);
        definitions.forEach(builder::addService);
        this.server = builder.build().start();
        this.methods = List.copyOf(names);
    }

    /**
     * Starts a server with the session's services on a daemon thread, calls it once over HTTP/2 and stops it: in a
     * fresh JVM, grpc-java's and Netty's start (classes, the native transport, event loops, the services'
     * descriptors, the HTTP/2 call path) takes over a second, which then overlaps the engine connection and the
     * reading of the build's files instead of following them.
     */
    static void warmUp() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Thread t = new Thread(() -> {
            try (SessionServer server = new SessionServer(List.of(new FileSyncService(java.util.Map.of(),
                    new SessionCounters()), new SecretsService(java.util.Map.of()),
                    new AuthService(host -> java.util.Optional.empty()), new HealthService()), true)) {
                // one call over HTTP/2, as the engine makes them: the transport's and the calls' paths get loaded
                io.grpc.ManagedChannel channel = io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder
                        .forAddress((InetSocketAddress) server.server.getListenSockets().get(0)).usePlaintext().build();
                try {
                    io.github.stackmaven.stack.engine.docker.session.proto.HealthGrpc.newBlockingStub(channel)
                            .withDeadlineAfter(10, TimeUnit.SECONDS).check(
                                    io.github.stackmaven.stack.engine.docker.session.proto.HealthCheckRequest
                                            .getDefaultInstance());
                } finally {
                    channel.shutdownNow();
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // only a head start: the session does the same work when it opens
            }
        }, "stack-session-warm-up");
        t.setContextClassLoader(loader);
        t.setDaemon(true);
        t.start();
    }

    /** The full method names to announce in {@code X-Docker-Expose-Session-Grpc-Method}. */
    List<String> methods() {
        return methods;
    }

    /** Opens the one socket allowed to call this server. */
    Socket connectPump() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        peer.set(socket.getLocalSocketAddress());
        socket.connect(server.getListenSockets().get(0));
        return socket;
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class OnlyThePump implements ServerInterceptor {
        @Override
        public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                           ServerCallHandler<Q, A> next) {
            SocketAddress remote = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
            if (!anyPeer && (remote == null || !remote.equals(peer.get()))) {
                call.close(Status.PERMISSION_DENIED.withDescription("not this session's engine"), new Metadata());
                return new ServerCall.Listener<>() {
                };
            }
            return Contexts.interceptCall(Context.current().withValue(HEADERS, headers), call, headers, next);
        }
    }
}
