package io.github.stackmaven.stack.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A stack that came up.
 *
 * @param project     its compose project name (test and ci stacks get one of their own per run)
 * @param environment the environment it was started for
 * @param exports     {@code stack.project}, and {@code stack.<service>.host}, {@code stack.<service>.port},
 *                    {@code stack.<service>.port.<containerPort>} for every service with a published port
 * @param stateFile   where the exports were written ({@code target/stack/<environment>.properties})
 * @param took        how long {@code up} took
 */
public record UpResult(String project, String environment, Map<String, String> exports, Path stateFile,
                       Duration took) {

    public UpResult {
        exports = Map.copyOf(exports);
    }

    /** The host to reach {@code service}'s first published port on, or null when it publishes none. */
    public String host(String service) {
        return exports.get("stack." + service + ".host");
    }

    /** The host port of {@code service}'s first published port, or -1 when it publishes none. */
    public int port(String service) {
        String port = exports.get("stack." + service + ".port");
        return port == null ? -1 : Integer.parseInt(port);
    }

    /** The host port {@code containerPort} of {@code service} is published on, or -1. */
    public int port(String service, int containerPort) {
        String port = exports.get("stack." + service + ".port." + containerPort);
        return port == null ? -1 : Integer.parseInt(port);
    }
}
