package io.github.stackmaven.stack.engine;

/**
 * A container's state as inspected.
 *
 * @param status       created, running, paused, restarting, removing, exited or dead
 * @param health       starting, healthy, unhealthy, or null when the container has no healthcheck
 * @param healthOutput output of the last health probe, or null
 * @param restartCount how often the engine restarted it
 */
public record ContainerState(String id, String name, String status, Integer exitCode, String health,
                             String healthOutput, int restartCount, String error) {

    public boolean isRunning() {
        return "running".equals(status);
    }

    public boolean hasExited() {
        return "exited".equals(status) || "dead".equals(status);
    }
}
