package io.github.stackmaven.stack.engine.discovery;

import io.github.stackmaven.stack.engine.EngineConfigException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Reads a {@code DOCKER_HOST}-style address the way the docker CLI accepts it, and refuses anything else with one
 * message that names the setting, the value, what is wrong and the accepted forms (instead of a
 * NullPointerException or URI parser text from deep inside the HTTP client).
 */
final class DockerHosts {

    static final String FORMS = "accepted forms: unix:///path/to/docker.sock, tcp://host:port (with DOCKER_TLS_VERIFY=1"
            + " and DOCKER_CERT_PATH for TLS), ssh://[user@]host[:port], npipe:////./pipe/name (Windows)";
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+:\\d+");

    private DockerHosts() {
    }

    /**
     * @param value  the address as configured
     * @param source the setting it came from ("DOCKER_HOST", "stack.dockerHost")
     * @param tls    whether TLS is on, for the default tcp port (2376, else 2375)
     */
    static URI parse(String value, String source, boolean tls) {
        String text = value.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw invalid(source, text, "it is not a valid address");
        }
        String scheme = uri.getScheme();
        if (scheme == null || HOST_PORT.matcher(text).matches()) {
            String hint = HOST_PORT.matcher(text).matches() ? "; did you mean tcp://" + text + "?" : "";
            throw invalid(source, text, "it has no scheme" + hint);
        }
        switch (scheme) {
            case "unix", "npipe" -> {
                if (uri.getPath() == null || uri.getPath().isBlank()) {
                    throw invalid(source, text, "it names no socket path");
                }
                return uri;
            }
            case "tcp" -> {
                if (uri.getHost() == null || uri.getHost().isBlank()) {
                    throw invalid(source, text, "it names no host");
                }
                if (uri.getPort() < 0) {
                    return URI.create("tcp://" + uri.getHost() + ":" + (tls ? 2376 : 2375));
                }
                return URI.create("tcp://" + uri.getHost() + ":" + uri.getPort());
            }
            case "ssh" -> {
                // handled by the connector as written (ssh docker system dial-stdio)
                if (uri.getHost() == null || uri.getHost().isBlank()) {
                    throw invalid(source, text, "it names no host");
                }
                return uri;
            }
            default -> throw invalid(source, text, "the scheme " + scheme + ":// is not one Docker uses");
        }
    }

    private static EngineConfigException invalid(String source, String text, String problem) {
        return new EngineConfigException(source + "=" + text + " is not a Docker engine address: " + problem + ". "
                + capitalised(FORMS) + "; or unset " + source + " to use the current docker context or the local"
                + " socket.");
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
