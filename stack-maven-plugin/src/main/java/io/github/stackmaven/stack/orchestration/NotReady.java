package io.github.stackmaven.stack.orchestration;

/**
 * A service that was not ready when {@code up} failed.
 *
 * @param service    its name
 * @param waitingFor what it still waited for (health, a port, the settle time), or null
 * @param state      its container's last state ({@code running (unhealthy)}, {@code exited (1)}), or null
 * @param problem    why it failed (its own reason, or a failed dependency), or null when it was still waiting
 */
public record NotReady(String service, String waitingFor, String state, String problem) {

    static NotReady of(ServiceRun run) {
        var s = run.lastState;
        String state = s == null ? null : s.status() + (s.health() != null ? " (" + s.health() + ")"
                : s.exitCode() != null && !"running".equals(s.status()) ? " (" + s.exitCode() + ")" : "");
        return new NotReady(run.name(), run.waitingFor, state, run.problem);
    }
}
