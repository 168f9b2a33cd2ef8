package io.github.stackmaven.stack.images;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BaseImageHintTest {
    private static final String DOCKERFILE = """
            ARG JDK_IMAGE=eclipse-temurin:17-jdk
            ARG JRE_IMAGE="eclipse-temurin:17-jre"
            FROM ${JRE_IMAGE} AS base
            FROM $JDK_IMAGE AS builder
            FROM debian:bookworm-slim AS tools
            """;
    /** What BuildKit reports when Docker Hub does not answer (seen on this engine). */
    private static final String RESOLVE = "eclipse-temurin:17-jdk: failed to resolve source metadata for"
            + " docker.io/library/eclipse-temurin:17-jdk: failed to do request: Head \"https://registry-1.docker.io/v2/"
            + "library/eclipse-temurin/manifests/17-jdk\": dial tcp: lookup registry-1.docker.io: no such host";

    @Test
    void buildkitMetadataStepIsTracedToTheArgOfItsFrom() {
        assertThat(BaseImageHint.of("[internal] load metadata for docker.io/library/eclipse-temurin:17-jdk", RESOLVE,
                DOCKERFILE, Map.of("UID", "1000")))
                .contains(new BaseImageHint.Found("eclipse-temurin:17-jdk", "JDK_IMAGE"));
        assertThat(BaseImageHint.of("[internal] load metadata for docker.io/library/eclipse-temurin:17-jre", "x",
                DOCKERFILE, Map.of()))
                .contains(new BaseImageHint.Found("eclipse-temurin:17-jre", "JRE_IMAGE"));
    }

    @Test
    void theArgValueGivenToTheBuildWinsOverTheDockerfileDefault() {
        assertThat(BaseImageHint.of("[internal] load metadata for mirror.example/jdk:17", "x", DOCKERFILE,
                Map.of("JDK_IMAGE", "mirror.example/jdk:17")))
                .contains(new BaseImageHint.Found("mirror.example/jdk:17", "JDK_IMAGE"));
    }

    @Test
    void theErrorAloneIsEnoughWhenNoStepWasNamed() {
        assertThat(BaseImageHint.of(null, RESOLVE, DOCKERFILE, Map.of()))
                .contains(new BaseImageHint.Found("eclipse-temurin:17-jdk", "JDK_IMAGE"));
    }

    @Test
    void aLiteralFromHasNoArg() {
        assertThat(BaseImageHint.of("[internal] load metadata for docker.io/library/debian:bookworm-slim", "x",
                DOCKERFILE, Map.of())).contains(new BaseImageHint.Found("debian:bookworm-slim", null));
    }

    @Test
    void theClassicBuildersFromStepCountsOnlyWhenThePullFailed() {
        String dockerfile = "ARG BASE=busybox\nFROM ${BASE}\nRUN false\n";
        assertThat(BaseImageHint.of("Step 2/3 : FROM ${BASE}", "pull access denied for busybox", dockerfile,
                Map.of("BASE", "busybox"))).isPresent();
        assertThat(BaseImageHint.of("Step 3/3 : RUN false", "The command '/bin/sh -c false' returned a non-zero"
                + " code: 1", dockerfile, Map.of())).isEmpty();
    }

    @Test
    void otherFailuresAreNotAboutBaseImages() {
        assertThat(BaseImageHint.of("[builder 3/5] RUN mvn package", "process \"/bin/sh -c mvn package\" did not"
                + " complete successfully: exit code: 1", DOCKERFILE, Map.of())).isEmpty();
    }
}
