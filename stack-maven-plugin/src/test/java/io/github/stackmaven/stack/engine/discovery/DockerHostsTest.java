package io.github.stackmaven.stack.engine.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.engine.EngineConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed DOCKER_HOST is one message naming it and the accepted forms (was NPE / IllegalArgumentException). */
class DockerHostsTest {

    private static EngineConfigException error(String dockerHost) {
        DiscoveryContext ctx = new DiscoveryContext(null, Map.of("DOCKER_HOST", dockerHost), Path.of("/nohome"),
                OptionalInt.empty(), false);
        EngineConfigException[] caught = new EngineConfigException[1];
        assertThatThrownBy(() -> EngineLocator.locate(ctx)).isInstanceOfSatisfying(EngineConfigException.class,
                e -> caught[0] = e);
        return caught[0];
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bogus | it has no scheme",
        "localhost:2375 | did you mean tcp://localhost:2375?",
        "tcp:// | it is not a valid address",
        "tcp://:2375 | it names no host",
        "unix:// | it is not a valid address",
        "http://host:2375 | the scheme http:// is not one Docker uses",
        "tcp://a b | it is not a valid address"})
    void malformedHostsSayWhatIsWrongAndTheAcceptedForms(String value, String problem) {
        EngineConfigException e = error(value);
        assertThat(e.getMessage()).startsWith("DOCKER_HOST=" + value.strip() + " is not a Docker engine address: ")
                .contains(problem).contains("unix:///path/to/docker.sock").contains("tcp://host:port")
                .doesNotContain("Exception").doesNotContain("null");
    }

    @Test
    void sshAddressesPassAsWrittenAndNeedAHost() {
        assertThat(DockerHosts.parse("ssh://me@build-host:2222", "DOCKER_HOST", false))
                .hasToString("ssh://me@build-host:2222");
        assertThat(error("ssh:///path").getMessage()).contains("it names no host");
    }

    @Test
    void tcpWithoutPortTakesDockersDefaultPort() {
        assertThat(DockerHosts.parse("tcp://remote", "DOCKER_HOST", false)).hasToString("tcp://remote:2375");
        assertThat(DockerHosts.parse("tcp://remote", "DOCKER_HOST", true)).hasToString("tcp://remote:2376");
        assertThat(DockerHosts.parse(" unix:///var/run/docker.sock ", "DOCKER_HOST", false))
                .hasToString("unix:///var/run/docker.sock");
    }
}
