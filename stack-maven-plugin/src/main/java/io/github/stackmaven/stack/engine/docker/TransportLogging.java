package io.github.stackmaven.stack.engine.docker;

/**
 * Keeps the HTTP client's wire and header logs off, even under {@code mvn -X}: they would print the
 * {@code X-Registry-Auth} header of a push (registry credentials, merely base64-encoded) and every byte of every
 * build context. docker-java's own debug output is kept off too: {@code AbstrDockerCmd} prints every command with
 * all its fields ({@code Cmd: CreateContainerCmdImpl[env={DB_PASSWORD=...}]}), so {@code -X} would print every
 * container's environment, env-file secrets included; and its callbacks log every stream error (an image that
 * cannot be pulled) with a stack trace before our own message says the same in one line. Maven's slf4j provider reads per-logger levels from system
 * properties when a logger is created; httpclient5 and docker-java create their loggers once, statically, on first use, so this must run before that.
 * A level the user set explicitly ({@code -Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire=debug})
 * is left alone.
 */
final class TransportLogging {

    static final String WIRE = "org.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire";
    static final String HEADERS = "org.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers";
    static final String DOCKER_JAVA = "org.slf4j.simpleLogger.log.com.github.dockerjava";
    /** Logs every failed stream (a pull of a missing image) with its stack trace, before our own message. */
    static final String CALLBACK_ERRORS = DOCKER_JAVA + ".api.async.ResultCallbackTemplate";

    private TransportLogging() {
    }

    static void quiet() {
        for (String key : new String[] {WIRE, HEADERS, DOCKER_JAVA}) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, "info");
            }
        }
        // the error reaches the caller of awaitCompletion(), which turns it into one message of ours
        if (System.getProperty(CALLBACK_ERRORS) == null) {
            System.setProperty(CALLBACK_ERRORS, "off");
        }
    }
}
