package io.github.stackmaven.stack.engine;

/**
 * A container's state as inspected.
 *
 * @param status       created, running, paused, restarting, removing, exited or dead
 * @param health       starting, healthy, unhealthy, or null when the container has no healthcheck
 * @param healthOutput output of the last health probe, or null
 * @param restartCount how often the engine restarted it
 * @param addresses    its IPv4 address on each of its networks, by network id (empty when the engine did not say)
 */
public record ContainerState(String id, String name, String status, Integer exitCode, String health,
                             String healthOutput, int restartCount, String error,
                             java.util.Map<String, String> addresses) {

    public ContainerState {
        addresses = addresses == null ? java.util.Map.of() : java.util.Map.copyOf(addresses);
    }

    /** A state without addresses. */
    public ContainerState(String id, String name, String status, Integer exitCode, String health,
                          String healthOutput, int restartCount, String error) {
        this(id, name, status, exitCode, health, healthOutput, restartCount, error, java.util.Map.of());
    }

    public boolean isRunning() {
        return "running".equals(status);
    }

    public boolean hasExited() {
        return "exited".equals(status) || "dead".equals(status);
    }
}
