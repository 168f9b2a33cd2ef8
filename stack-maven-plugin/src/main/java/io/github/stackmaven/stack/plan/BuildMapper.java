package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.BuildSpec;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.FileObjectSpec;
import io.github.stackmaven.stack.compose.FileReference;
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

    /**
     * The secrets the build mounts, as docker compose hands them to BuildKit: the id is the reference's
     * {@code target}, else its {@code source}; the value comes from the top-level secret's {@code file} or from
     * its {@code environment} variable in the project environment (read when the image is built).
     */
    static List<BuildSecret> secrets(Service s, ComposeProject project) {
        if (s.build() == null) {
            return List.of();
        }
        List<BuildSecret> out = new ArrayList<>();
        for (FileReference ref : s.build().secrets()) {
            FileObjectSpec def = project.secrets().get(ref.source());
            String id = ref.target() != null && !ref.target().isEmpty() ? ref.target() : ref.source();
            if (def == null) {
                // the loader checks references; a model built by hand may still name none
                throw new PlanException("services." + s.name() + ".build.secrets: service \"" + s.name()
                        + "\" refers to undefined build secret \"" + ref.source() + "\"; declare it under top-level"
                        + " secrets:");
            }
            if (def.file() != null) {
                out.add(new BuildSecret(id, ref.source(), Path.of(def.file()), null, null));
            } else if (def.environment() != null) {
                out.add(new BuildSecret(id, ref.source(), null, def.environment(),
                        project.environment().get(def.environment())));
            } else {
                throw Unsupported.error(s, "build.secrets", "the build secret " + ref.source() + " (only `file:`"
                        + " and `environment:` secrets can be mounted in a build, as with docker compose)");
            }
        }
        return out;
    }
}
