package io.github.stackmaven.stack.service;

/**
 * A service that was not ready when {@code up} failed.
 *
 * @param service    its name
 * @param waitingFor the condition it still waited for (health, a port, the settle time), or null
 * @param state      its container's last state, e.g. {@code running (unhealthy)}, {@code exited (1)}, or null
 * @param problem    why it failed (its own reason, or a failed dependency), or null when it was still waiting
 */
public record ServiceFailure(String service, String waitingFor, String state, String problem) {
}
