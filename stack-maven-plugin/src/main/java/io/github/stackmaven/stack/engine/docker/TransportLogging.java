package io.github.stackmaven.stack.engine.docker;

/**
 * Keeps the HTTP client's wire and header logs off, even under {@code mvn -X}: they would print the
 * {@code X-Registry-Auth} header of a push (registry credentials, merely base64-encoded) and every byte of every
 * build context. Maven's slf4j provider reads per-logger levels from system properties when a logger is created;
 * httpclient5 creates these two once, statically, on the first connection, so this must run before that.
 * A level the user set explicitly ({@code -Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire=debug})
 * is left alone.
 */
final class TransportLogging {

    static final String WIRE = "org.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire";
    static final String HEADERS = "org.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers";

    private TransportLogging() {
    }

    static void quiet() {
        for (String key : new String[] {WIRE, HEADERS}) {
            if (System.getProperty(key) == null) {
                System.setProperty(key, "info");
            }
        }
    }
}
