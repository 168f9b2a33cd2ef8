package io.github.stackmaven.stack.engine.docker;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a failed ssh printed becomes one reason that quotes it and says what to do. */
class SshFailureTest {
    private final SshCommand command = SshCommand.of(URI.create("ssh://deploy@box:2222"), "DOCKER_HOST", Map.of());

    @Test
    void refusedKey() {
        String m = SshFailure.explain(command, 255, "deploy@box: Permission denied (publickey).\n");
        assertThat(m).startsWith("ssh to deploy@box:2222 failed (exit 255): \"deploy@box: Permission denied"
                + " (publickey).\"").contains("ssh-agent").contains("authorized_keys");
    }

    @Test
    void unknownHostKey() {
        String m = SshFailure.explain(command, 255, "No ED25519 host key is known for [box]:2222 and you have"
                + " requested strict checking.\nHost key verification failed.\n");
        assertThat(m).contains("Host key verification failed").contains("known_hosts").contains("`ssh deploy@box:2222`");
    }

    @Test
    void unknownHostName() {
        String m = SshFailure.explain(command, 255, "ssh: Could not resolve hostname box: Name or service not known");
        assertThat(m).contains("Could not resolve hostname").contains("host name is unknown");
    }

    @Test
    void noSshd() {
        assertThat(SshFailure.explain(command, 255, "ssh: connect to host box port 2222: Connection refused"))
                .contains("no ssh server answers there");
    }

    @Test
    void noDockerOnTheRemoteSide() {
        String m = SshFailure.explain(command, 127, "bash: line 1: docker: command not found");
        assertThat(m).contains("exit 127").contains("no `docker` command on its PATH");
    }

    @Test
    void remoteDockerCannotReachItsEngine() {
        String m = SshFailure.explain(command, 1, "Cannot connect to the Docker daemon at unix:///var/run/docker.sock."
                + " Is the docker daemon running?");
        assertThat(m).contains("remote docker could not reach its engine");
    }

    @Test
    void unknownFailure_givesTheCommandToRunByHand_andDropsKnownHostsNoise() {
        String m = SshFailure.explain(command, 2, "Warning: Permanently added 'box' (ED25519) to the list of known"
                + " hosts.\nsomething odd\n");
        assertThat(m).doesNotContain("Permanently added").contains("\"something odd\"")
                .contains("`ssh -o ConnectTimeout=30 -o BatchMode=yes -T -l deploy -p 2222 -- box docker system"
                        + " dial-stdio`");
    }

    @Test
    void silentFailure() {
        assertThat(SshFailure.explain(command, 255, "")).contains("nothing on stderr");
    }
}
