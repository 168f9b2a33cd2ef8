package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.EngineTime;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Counts the time requests wait for the engine into an {@link EngineTime}: until the answer's head arrives, then
 * every read of its body that blocks for bytes. Decoding the answer, between reads, is the plugin's own time.
 */
final class TimedHttpClient implements DockerHttpClient {
    private final DockerHttpClient delegate;
    private final EngineTime time;

    TimedHttpClient(DockerHttpClient delegate, EngineTime time) {
        this.delegate = delegate;
        this.time = time;
    }

    @Override
    public Response execute(Request request) {
        time.enter();
        Response response;
        try {
            response = delegate.execute(request);
        } finally {
            time.exit();
        }
        return new TimedResponse(response);
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    private final class TimedResponse implements Response {
        private final Response response;
        private InputStream body;

        TimedResponse(Response response) {
            this.response = response;
        }

        @Override
        public int getStatusCode() {
            return response.getStatusCode();
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return response.getHeaders();
        }

        @Override
        public String getHeader(String name) {
            return response.getHeader(name);
        }

        @Override
        public synchronized InputStream getBody() {
            if (body == null) {
                body = new TimedBody(response.getBody());
            }
            return body;
        }

        @Override
        public void close() {
            response.close();
        }
    }

    private final class TimedBody extends FilterInputStream {
        TimedBody(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            time.enter();
            try {
                return super.read();
            } finally {
                time.exit();
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            time.enter();
            try {
                return in.read(b, off, len);
            } finally {
                time.exit();
            }
        }
    }
}
