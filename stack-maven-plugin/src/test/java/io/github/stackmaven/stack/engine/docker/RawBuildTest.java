package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.engine.BuildRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawBuildTest {

    private static List<String> query(boolean buildkit, boolean noCache) {
        return query(buildkit, noCache, null);
    }

    private static List<String> query(boolean buildkit, boolean noCache, String session) {
        BuildRequest r = BuildRequest.builder().tar(out -> { }).dockerfile("docker/Dockerfile").target("production")
                .args(Map.of("UID", "1000")).labels(Map.of("org.opencontainers.image.version", "1.0"))
                .tags(List.of("app:1.0")).noCache(noCache).buildkit(buildkit).build();
        return Arrays.stream(RawBuild.query(r, session).split("&")).map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
                .toList();
    }

    @Test
    void query_buildkit_targetTagsArgsLabels() {
        assertThat(query(true, false)).contains("version=2", "t=app:1.0", "dockerfile=docker/Dockerfile",
                "target=production", "buildargs={\"UID\":\"1000\"}",
                "labels={\"org.opencontainers.image.version\":\"1.0\"}").doesNotContain("nocache=1");
    }

    @Test
    void query_classic_removesIntermediateContainersEvenOnFailure() {
        assertThat(query(false, true)).contains("version=1", "rm=1", "forcerm=1", "nocache=1");
    }

    @Test
    void query_session_contextFromTheClientSession() {
        assertThat(query(false, false, "f00d")).contains("version=2", "session=f00d", "remote=client-session",
                "t=app:1.0", "dockerfile=docker/Dockerfile", "target=production").doesNotContain("rm=1", "forcerm=1");
    }
}
