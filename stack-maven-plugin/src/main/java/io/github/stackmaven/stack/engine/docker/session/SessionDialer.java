package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.BuildSessionRefusedException;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * Opens a raw connection to the engine, beside docker-java's pooled ones, for a request the engine hijacks: a unix
 * socket through the JDK's {@link SocketChannel}, or tcp with the engine client's TLS material.
 *
 * @param host the engine's {@code unix://} or {@code tcp://} address (an ssh engine: its tunnel's local socket)
 * @param tls  the engine client's TLS context for a tcp engine with TLS, else null
 */
public record SessionDialer(URI host, SSLContext tls) {

    private static final int CONNECT_TIMEOUT_MS = 10_000;

    /** A connection whose two directions may be used by two threads at once. */
    public interface Connection extends AutoCloseable {
        InputStream in();

        OutputStream out();

        @Override
        void close();
    }

    Connection dial() throws IOException {
        String scheme = host.getScheme();
        if ("unix".equals(scheme)) {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(Path.of(host.getPath())));
            return new ChannelConnection(channel);
        }
        if ("tcp".equals(scheme) || "http".equals(scheme) || "https".equals(scheme)) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(host.getHost(), host.getPort()), CONNECT_TIMEOUT_MS);
            socket.setTcpNoDelay(true);
            if (tls != null) {
                SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, host.getHost(),
                        host.getPort(), true);
                // the engine's certificate must name the host, as docker-java's own connections check it
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(parameters);
                ssl.startHandshake();
                socket = ssl;
            }
            return new SocketConnection(socket);
        }
        throw new BuildSessionRefusedException("build sessions need a unix or tcp engine address, not " + scheme);
    }

    /**
     * A unix socket channel read and written with its own calls: the JDK's {@code Channels} streams would hold one
     * lock for both directions, and a pump reading one way would block the other.
     */
    private record ChannelConnection(SocketChannel channel) implements Connection {
        @Override
        public InputStream in() {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
                }
            };
        }

        @Override
        public OutputStream out() {
            return new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                    while (buffer.hasRemaining()) {
                        channel.write(buffer);
                    }
                }
            };
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is all that is left to do
            }
        }
    }

    private record SocketConnection(Socket socket) implements Connection {
        @Override
        public InputStream in() {
            try {
                return socket.getInputStream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public OutputStream out() {
            try {
                return socket.getOutputStream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all that is left to do
            }
        }
    }
}
