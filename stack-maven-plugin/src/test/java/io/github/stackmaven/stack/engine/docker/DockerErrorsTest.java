package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import org.junit.jupiter.api.Test;

class DockerErrorsTest {

    @Test
    void aTakenPortNamesTheHostPortAndTheFixWithoutIds() {
        String engine = "driver failed programming external connectivity on endpoint shop-test-x1-web-1"
                + " (8c1f0e5d2b7a94e3c6f1a0b9d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9): Bind for 0.0.0.0:8080 failed:"
                + " port is already allocated";
        String message = DockerErrors.portInUse(engine);
        assertThat(message).startsWith("host port 8080 is already in use").contains("\"8081:<container port>\"")
                .doesNotContain("8c1f0e5d").doesNotContain("endpoint");
        assertThat(DockerErrors.portInUse("failed to set up container networking: driver failed programming external"
                + " connectivity on endpoint a (b): Bind for 127.0.0.1:5432 failed: port is already allocated"))
                .startsWith("host port 5432 on 127.0.0.1 is already in use");
        assertThat(DockerErrors.portInUse("Error starting userland proxy: listen tcp4 0.0.0.0:6379: bind: address"
                + " already in use")).startsWith("host port 6379 is already in use");
        assertThat(DockerErrors.portInUse("Error starting userland proxy: listen tcp 0.0.0.0:6379: bind: address"
                + " already in use")).startsWith("host port 6379 is already in use");
        assertThat(DockerErrors.portInUse("No such image: x")).isNull();
    }

    @Test
    void removalAlreadyInProgressIsTheGoalMet() {
        assertThat(DockerErrors.removalInProgress(new ConflictException(
                "{\"message\":\"removal of container 3f2a is already in progress\"}"))).isTrue();
        assertThat(DockerErrors.removalInProgress(new ConflictException(
                "{\"message\":\"container is running: stop the container before removing\"}"))).isFalse();
        assertThat(DockerErrors.removalInProgress(new InternalServerErrorException("already in progress")))
                .isFalse();
    }
}
