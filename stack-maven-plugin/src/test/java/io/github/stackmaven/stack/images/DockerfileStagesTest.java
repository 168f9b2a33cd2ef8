package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileStagesTest {

    private static final String DOCKERFILE = """
            # syntax=docker/dockerfile:1
            ARG BASE=debian:bookworm-slim
            FROM --platform=$BUILDPLATFORM ${BASE} AS Builder
            RUN echo from inside a RUN: FROM x AS fake
            FROM builder as test
            FROM \\
              debian:bookworm-slim \\
              AS production
            FROM production
            """;

    @Test
    void of_namedStagesInOrder_caseFolded_continuationsJoined() {
        assertThat(DockerfileStages.of(DOCKERFILE)).containsExactly("builder", "test", "production");
    }

    @Test
    void missing_namesTargetsWithoutStage() {
        assertThat(DockerfileStages.missing(DOCKERFILE, List.of("builder", "PRODUCTION", "dev")))
                .containsExactly("dev");
    }

    @Test
    void missing_stageNameFromArg_notChecked() {
        assertThat(DockerfileStages.missing("FROM x AS ${NAME}\n", List.of("anything"))).isEmpty();
    }
}
