package io.github.stackmaven.stack.stack;

import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.engine.EngineClient;

import java.time.Duration;
import java.time.Instant;

/**
 * Watches a started service until it is ready, as {@code up} judges it: running (and healthy where it has a
 * healthcheck) is ready; exit 0 is completed, and ready; a non-zero exit, an unhealthy check, a restart loop or the
 * deadline fail it.
 */
final class ServiceWatcher {
    static final Duration POLL = Duration.ofMillis(100);

    private final EngineClient engine;
    private final Instant deadline;
    private final Duration timeout;

    ServiceWatcher(EngineClient engine, Instant deadline, Duration timeout) {
        this.engine = engine;
        this.deadline = deadline;
        this.timeout = timeout;
    }

    void watch(ServiceRun run) {
        try {
            while (!run.ready.isDone()) {
                boolean allReady = true;
                for (String id : run.containerIds) {
                    allReady &= judge(run, engine.inspectContainer(id));
                    if (run.ready.isDone()) {
                        return;
                    }
                }
                if (allReady) {
                    run.ready.complete(null);
                    return;
                }
                if (Instant.now().isAfter(deadline)) {
                    run.fail("not ready within " + DurationText.format(timeout) + " (" + describe(run.lastState) + ")");
                    return;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.fail("interrupted");
        } catch (RuntimeException e) {
            run.fail(e.getMessage());
        }
    }

    /** True when this container counts as ready; fails the run when it never will be. */
    private boolean judge(ServiceRun run, ContainerState s) {
        run.lastState = s;
        if (s.isRunning() || s.hasExited()) {
            run.started.complete(null);
        }
        if (s.hasExited()) {
            if (s.exitCode() != null && s.exitCode() == 0) {
                run.completed.complete(null);
                run.healthy.complete(null);
                return true;
            }
            run.fail("exited with code " + s.exitCode() + (s.error() == null || s.error().isEmpty() ? ""
                    : " (" + s.error() + ")"));
            return false;
        }
        if ("restarting".equals(s.status()) || s.restartCount() > 0) {
            run.fail("is restarting (restarted " + s.restartCount() + " time(s)): it keeps crashing");
            return false;
        }
        if (!s.isRunning()) {
            return false;
        }
        if (s.health() == null && run.healthyWaiter != null) {
            run.fail("has no healthcheck, but " + run.healthyWaiter + " waits for it to be healthy; add a"
                    + " healthcheck or use condition: service_started");
            return false;
        }
        if (s.health() != null) {
            if ("unhealthy".equals(s.health())) {
                run.fail("is unhealthy");
                return false;
            }
            if (!"healthy".equals(s.health())) {
                return false;
            }
            run.healthy.complete(null);
        }
        return !run.mustComplete;
    }

    static String describe(ContainerState s) {
        if (s == null) {
            return "not created";
        }
        StringBuilder sb = new StringBuilder(s.status());
        if (s.health() != null) {
            sb.append(", ").append(s.health());
        }
        if (s.hasExited() && s.exitCode() != null) {
            sb.append(", exit code ").append(s.exitCode());
        }
        return sb.toString();
    }
}
