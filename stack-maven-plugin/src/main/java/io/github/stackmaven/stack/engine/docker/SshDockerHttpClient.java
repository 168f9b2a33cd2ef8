package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.transport.DockerHttpClient;

import java.io.IOException;

/**
 * The HTTP client for an {@code ssh://} engine: docker-java's client on the {@link SshTunnel}'s local socket, closed
 * together with the tunnel (which ends every ssh process). Raw requests ({@code RawBuild}, {@code RawPush}) go
 * through it like every other call.
 */
final class SshDockerHttpClient implements DockerHttpClient {
    private final DockerHttpClient delegate;
    private final SshTunnel tunnel;

    SshDockerHttpClient(DockerHttpClient delegate, SshTunnel tunnel) {
        this.delegate = delegate;
        this.tunnel = tunnel;
    }

    SshTunnel tunnel() {
        return tunnel;
    }

    @Override
    public Response execute(Request request) {
        return delegate.execute(request);
    }

    @Override
    public void close() throws IOException {
        try {
            delegate.close();
        } finally {
            tunnel.close();
        }
    }
}
