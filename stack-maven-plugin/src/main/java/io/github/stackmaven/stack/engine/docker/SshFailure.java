package io.github.stackmaven.stack.engine.docker;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns what a failed {@code ssh ... docker system dial-stdio} printed into one reason with what to do. */
final class SshFailure {
    private static final int MAX_QUOTE = 400;

    private SshFailure() {
    }

    /**
     * @param exit   the ssh process's exit code (255: ssh itself failed; otherwise the remote command's)
     * @param stderr what it printed on stderr; ssh prints no secrets there (a URL may not carry a password)
     */
    static String explain(SshCommand command, int exit, String stderr) {
        String said = Arrays.stream(stderr.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("Warning: Permanently added"))
                .collect(Collectors.joining(" / "));
        if (said.length() > MAX_QUOTE) {
            said = said.substring(0, MAX_QUOTE) + "...";
        }
        String lower = said.toLowerCase(Locale.ROOT);
        String target = command.target();
        String todo;
        if (lower.contains("permission denied")) {
            todo = "the server refused the login: offer a key it accepts (load it into ssh-agent or set IdentityFile"
                    + " for this host in ~/.ssh/config; a build cannot answer password or passphrase prompts) and"
                    + " check the remote user's authorized_keys";
        } else if (lower.contains("host key verification failed") || lower.contains("host identification has changed")
                || lower.contains("no matching host key")) {
            todo = "ssh does not trust this host's key: connect once by hand (`ssh " + target + "`) to check and"
                    + " accept it into known_hosts";
        } else if (lower.contains("could not resolve hostname")) {
            todo = "the host name is unknown: fix it in DOCKER_HOST or the docker context, or add a Host entry to"
                    + " ~/.ssh/config";
        } else if (lower.contains("connection refused") || lower.contains("timed out")
                || lower.contains("no route to host")) {
            todo = "no ssh server answers there: check the host and port, and that sshd runs";
        } else if (exit == 127 || lower.contains("docker: not found") || lower.contains("command not found")) {
            todo = "the remote side has no `docker` command on its PATH: install the docker CLI there (it runs"
                    + " `docker system dial-stdio`) or log in as a user whose PATH has it";
        } else if (lower.contains("dial-stdio") || lower.contains("cannot connect to the docker daemon")
                || lower.contains("docker.sock")) {
            todo = "ssh worked but the remote docker could not reach its engine: start it there, give the remote user"
                    + " access to its socket, or name the socket in the URL path (ssh://" + target
                    + "/run/user/1000/docker.sock)";
        } else {
            todo = "run `" + String.join(" ", command.argv()) + "` in a shell to see why";
        }
        String quoted = said.isEmpty() ? "nothing on stderr" : "\"" + said + "\"";
        return "ssh to " + target + " failed (exit " + exit + "): " + quoted + "; " + todo;
    }
}
