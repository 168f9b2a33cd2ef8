package io.github.stackmaven.stack.engine.docker;

import io.github.stackmaven.stack.engine.EngineException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code ssh} command that reaches the engine behind an {@code ssh://[user@]host[:port][/socket/path]} endpoint,
 * built as the docker CLI builds it: {@code ssh -o ConnectTimeout=30 -T [-l user] [-p port] -- host docker
 * [--host unix:///socket/path] system dial-stdio}. The remote {@code docker system dial-stdio} forwards its stdin
 * and stdout to the remote engine's socket, so the process's streams carry the Engine API's HTTP.
 * <p>
 * ssh itself reads {@code ~/.ssh/config}, {@code known_hosts}, keys and the ssh agent, as it does for the CLI.
 * Two additions for a build that must never wait on a prompt: {@code BatchMode=yes} (no password or passphrase
 * prompt; keys come from the agent or an unencrypted {@code IdentityFile}), and {@code STACK_SSH_CONFIG}, an ssh
 * config file used instead of {@code ~/.ssh/config} ({@code ssh -F}).
 *
 * @param argv   the command line
 * @param target {@code [user@]host[:port]}, for messages (never a password: the URL may not carry one)
 */
record SshCommand(List<String> argv, String target) {
    /** Environment variable naming an ssh config file passed as {@code ssh -F}. */
    static final String CONFIG_ENV = "STACK_SSH_CONFIG";
    /** The ssh connect timeout the docker CLI sets, in seconds. */
    static final int CONNECT_TIMEOUT_SECONDS = 30;

    SshCommand {
        argv = List.copyOf(argv);
    }

    /**
     * Parses an ssh endpoint as the docker CLI does ({@code connhelper/ssh}): a user and a port are optional, a
     * path names the remote engine's socket, and a password, query or fragment is refused.
     *
     * @param source where the endpoint came from ("DOCKER_HOST"), for the error text
     */
    static SshCommand of(URI host, String source, Map<String, String> environment) {
        if (!"ssh".equals(host.getScheme())) {
            throw new IllegalArgumentException("not an ssh endpoint: " + host);
        }
        String user = host.getRawUserInfo();
        String hostname = host.getHost();
        if (hostname == null || hostname.isEmpty()) {
            throw new EngineException(source + " has no host name in its ssh URL; use ssh://[user@]host[:port]");
        }
        if (user != null && user.contains(":")) {
            throw new EngineException(source + " carries a password in its ssh URL, which ssh cannot use; remove it"
                    + " (ssh://" + user.substring(0, user.indexOf(':')) + "@" + hostname + ") and authenticate"
                    + " with a key (ssh-agent or IdentityFile in ~/.ssh/config)");
        }
        if (host.getRawQuery() != null || host.getRawFragment() != null) {
            throw new EngineException(source + " has a query or fragment in its ssh URL (" + host
                    + "); use ssh://[user@]host[:port][/path/to/docker.sock]");
        }
        List<String> argv = new ArrayList<>(List.of("ssh"));
        String config = environment.get(CONFIG_ENV);
        if (config != null && !config.isBlank()) {
            argv.add("-F");
            argv.add(config.trim());
        }
        argv.addAll(List.of("-o", "ConnectTimeout=" + CONNECT_TIMEOUT_SECONDS, "-o", "BatchMode=yes", "-T"));
        if (user != null && !user.isEmpty()) {
            argv.add("-l");
            argv.add(host.getUserInfo());
        }
        if (host.getPort() != -1) {
            argv.add("-p");
            argv.add(String.valueOf(host.getPort()));
        }
        argv.add("--");
        argv.add(hostname);
        argv.add("docker");
        String path = host.getPath();
        if (path != null && !path.isEmpty() && !"/".equals(path)) {
            argv.add("--host");
            argv.add("unix://" + path);
        }
        argv.add("system");
        argv.add("dial-stdio");
        String target = (user != null && !user.isEmpty() ? host.getUserInfo() + "@" : "") + hostname
                + (host.getPort() != -1 ? ":" + host.getPort() : "");
        return new SshCommand(argv, target);
    }
}
