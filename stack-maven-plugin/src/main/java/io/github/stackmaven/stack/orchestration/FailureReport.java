package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.plan.StackPlan;

import java.util.List;
import java.util.Map;

/** For each service that is not ready: its state, the problem, its last health-check output and log lines. */
final class FailureReport {
    private FailureReport() {
    }

    static String render(EngineClient engine, StackPlan plan, Map<String, ServiceRun> runs, RunOptions options) {
        StringBuilder sb = new StringBuilder();
        for (ServiceRun run : runs.values()) {
            if (run.ready.isDone() && !run.ready.isCompletedExceptionally()) {
                continue;
            }
            ContainerState state = latest(engine, run);
            sb.append("  ").append(run.name()).append(": ")
                    .append(run.problem != null ? run.problem : "not ready (" + ServiceWatcher.describe(state) + ")")
                    .append('\n');
            if (state != null && state.healthOutput() != null && !state.healthOutput().isBlank()) {
                sb.append("    last health check: ").append(state.healthOutput().strip().replace("\n", "\n      "))
                        .append('\n');
            }
            if (!run.containerIds.isEmpty()) {
                List<String> lines = engine.logTail(run.containerIds.get(0), options.logLines());
                if (!lines.isEmpty()) {
                    sb.append("    last ").append(lines.size()).append(" log lines:\n");
                    lines.forEach(l -> sb.append("      | ").append(l).append('\n'));
                }
            }
        }
        return sb.toString();
    }

    private static ContainerState latest(EngineClient engine, ServiceRun run) {
        if (run.containerIds.isEmpty()) {
            return run.lastState;
        }
        try {
            return engine.inspectContainer(run.containerIds.get(0));
        } catch (RuntimeException e) {
            return run.lastState;
        }
    }
}
