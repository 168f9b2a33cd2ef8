package io.github.stackmaven.stack.engine.docker;

import io.github.stackmaven.stack.engine.EngineException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ssh command line for an ssh:// endpoint, as the docker CLI's ssh connection helper builds it. */
class SshCommandTest {

    private static SshCommand of(String url, Map<String, String> env) {
        return SshCommand.of(URI.create(url), "DOCKER_HOST", env);
    }

    @Test
    void userHostAndPort_becomeLoginAndPortOptions_thenDialStdio() {
        SshCommand c = of("ssh://deploy@build.example.org:2222", Map.of());
        assertThat(c.argv()).containsExactly("ssh", "-o", "ConnectTimeout=30", "-o", "BatchMode=yes", "-T",
                "-l", "deploy", "-p", "2222", "--", "build.example.org", "docker", "system", "dial-stdio");
        assertThat(c.target()).isEqualTo("deploy@build.example.org:2222");
    }

    @Test
    void hostAlone_leavesUserAndPortToSshConfig() {
        SshCommand c = of("ssh://builder", Map.of());
        assertThat(c.argv()).doesNotContain("-l", "-p").endsWith("--", "builder", "docker", "system", "dial-stdio");
        assertThat(c.target()).isEqualTo("builder");
    }

    @Test
    void path_namesTheRemoteSocket() {
        SshCommand c = of("ssh://me@box/run/user/1000/docker.sock", Map.of());
        assertThat(c.argv()).endsWith("box", "docker", "--host", "unix:///run/user/1000/docker.sock", "system",
                "dial-stdio");
    }

    @Test
    void trailingSlash_isNoSocketPath() {
        assertThat(of("ssh://me@box/", Map.of()).argv()).doesNotContain("--host");
    }

    @Test
    void stackSshConfig_isPassedAsDashF_beforeEverythingElse() {
        SshCommand c = of("ssh://root@127.0.0.1:2201", Map.of("STACK_SSH_CONFIG", "/tmp/its/ssh_config"));
        assertThat(c.argv()).startsWith("ssh", "-F", "/tmp/its/ssh_config", "-o");
    }

    @Test
    void ipv6Host_isPassedWithoutBrackets() {
        assertThat(of("ssh://me@[::1]:22", Map.of()).argv()).contains("-p", "22").contains("[::1]");
    }

    @Test
    void encodedUser_isDecoded() {
        assertThat(of("ssh://first%2Elast@box", Map.of()).argv()).containsSequence("-l", "first.last");
    }

    @Test
    void passwordInUrl_isRefused_withoutRepeatingIt() {
        assertThatThrownBy(() -> of("ssh://deploy:hunter2@box", Map.of()))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("DOCKER_HOST carries a password")
                .hasMessageContaining("ssh://deploy@box")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void queryOrFragment_isRefused() {
        assertThatThrownBy(() -> of("ssh://me@box?x=1", Map.of())).isInstanceOf(EngineException.class)
                .hasMessageContaining("query or fragment");
    }

    @Test
    void missingHost_isRefused() {
        assertThatThrownBy(() -> of("ssh:///path", Map.of())).isInstanceOf(EngineException.class)
                .hasMessageContaining("DOCKER_HOST has no host name");
    }
}
