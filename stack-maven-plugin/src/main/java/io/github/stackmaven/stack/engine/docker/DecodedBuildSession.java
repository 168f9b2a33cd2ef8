package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.BuildEvent;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.BuildSession;
import io.github.stackmaven.stack.engine.docker.session.DockerBuildSession;

import java.util.function.Consumer;

/** A BuildKit session whose builds answer as {@link DockerEngineClient#build} does: typed events, the image id. */
final class DecodedBuildSession implements BuildSession {
    private final DockerBuildSession session;
    private final DockerHttpClient http;

    DecodedBuildSession(DockerBuildSession session, DockerHttpClient http) {
        this.session = session;
        this.http = http;
    }

    @Override
    public String build(BuildRequest request, Consumer<BuildEvent> events) {
        BuildStreamDecoder decoder = new BuildStreamDecoder(request.target(), events);
        RawBuild.runInSession(http, session.id(), request, decoder::line);
        return decoder.finish();
    }

    @Override
    public long bytesSent() {
        return session.bytesSent();
    }

    @Override
    public long filesSent() {
        return session.filesSent();
    }

    @Override
    public void close() {
        session.close();
    }
}
