package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.EngineTime;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimedHttpClientTest {
    private final AtomicLong now = new AtomicLong();
    private final EngineTime time = new EngineTime(now::get);

    /** The engine takes 100 to answer and 10 per read of the body; the client decodes for 1000 between reads. */
    private final DockerHttpClient engine = new DockerHttpClient() {
        @Override
        public Response execute(Request request) {
            now.addAndGet(100);
            InputStream body = new ByteArrayInputStream(new byte[] {1, 2, 3}) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    now.addAndGet(10);
                    return super.read(b, off, len);
                }
            };
            return new Response() {
                @Override public int getStatusCode() { return 200; }
                @Override public Map<String, List<String>> getHeaders() { return Map.of(); }
                @Override public InputStream getBody() { return body; }
                @Override public void close() { }
            };
        }

        @Override
        public void close() {
        }
    };

    @Test
    void countsTheAnswerAndTheReadsNotTheDecoding() throws Exception {
        TimedHttpClient client = new TimedHttpClient(engine, time);
        try (DockerHttpClient.Response r = client.execute(DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/version").build())) {
            InputStream body = r.getBody();
            byte[] one = new byte[1];
            int reads = 0;
            while (body.read(one, 0, 1) > 0) {
                reads++;
                now.addAndGet(1_000);
            }
            assertEquals(3, reads);
            // three reads that got a byte and the one that met the end
            assertEquals(Duration.ofNanos(100 + 4 * 10), time.total());
            assertEquals(body, r.getBody(), "one body per response");
        }
    }
}
