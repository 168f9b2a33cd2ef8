package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.BuildSpec;
import io.github.stackmaven.stack.compose.Service;

import io.github.stackmaven.stack.engine.BuildRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A service's {@code build:} section to an {@link BuildRequest}, tagged with the image the service runs. */
final class BuildMapper {
    private BuildMapper() {
    }

    static BuildRequest map(Service s, String image) {
        BuildSpec b = s.build();
        if (b == null) {
            return null;
        }
        if (b.context() == null || b.context().contains("://") || b.context().startsWith("git@")) {
            throw Unsupported.error(s, "build.context", "a remote build context (" + b.context() + ")");
        }
        if (!b.additionalContexts().isEmpty()) {
            throw Unsupported.error(s, "build.additional_contexts", "`additional_contexts`");
        }
        List<String> tags = new ArrayList<>();
        tags.add(image);
        b.tags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
        return BuildRequest.builder().context(Path.of(b.context())).dockerfile(b.dockerfile())
                .dockerfileInline(b.dockerfileInline()).target(b.target()).args(b.args()).labels(b.labels())
                .tags(tags).network(b.network()).pull("always".equals(b.pull()) || "true".equals(b.pull()))
                .noCache(Boolean.TRUE.equals(b.noCache())).build();
    }
}
