package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.engine.PublishedPort;
import io.github.stackmaven.stack.plan.Condition;
import io.github.stackmaven.stack.plan.ServicePlan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The progress of one service during {@code up}: futures that complete as its containers start, become healthy,
 * complete, and finally become ready; and what is known about it when something goes wrong.
 */
final class ServiceRun {
    final ServicePlan plan;
    final List<String> containerIds = new CopyOnWriteArrayList<>();
    final CompletableFuture<Void> started = new CompletableFuture<>();
    final CompletableFuture<Void> healthy = new CompletableFuture<>();
    final CompletableFuture<Void> completed = new CompletableFuture<>();
    final CompletableFuture<Void> ready = new CompletableFuture<>();
    /** Set when some dependent waits for this service to complete: it is only ready once it exited 0. */
    volatile boolean mustComplete;
    /** The first dependent that waits for this service to be healthy, if any. */
    volatile String healthyWaiter;
    volatile ContainerState lastState;
    volatile String problem;
    /** What a running container still waits for (health, settle time, a port); null when nothing. */
    volatile String waitingFor;
    /** When each container was first seen running, for the settle time. */
    final Map<String, Instant> runningSince = new ConcurrentHashMap<>();
    /** Each container's published TCP ports, asked once. */
    final Map<String, List<PublishedPort>> ports = new ConcurrentHashMap<>();
    /** Its containers' own addresses proved unreachable from here: the published ports are probed instead. */
    volatile boolean addressesUnreachable;

    ServiceRun(ServicePlan plan) {
        this.plan = plan;
    }

    String name() {
        return plan.name();
    }

    CompletableFuture<Void> future(Condition condition) {
        return switch (condition) {
            case STARTED -> started;
            case HEALTHY -> healthy;
            case COMPLETED -> completed;
        };
    }

    /** Marks a service that was ready and then failed, for the report; its futures have completed already. */
    void failAfterReady(String reason) {
        problem = reason;
        ready.obtrudeException(new StackException(name() + ": " + reason));
    }

    /** Fails every future not yet complete, with the reason shown in the report. */
    void fail(String reason) {
        if (problem == null) {
            problem = reason;
        }
        StackException e = new StackException(name() + ": " + reason);
        started.completeExceptionally(e);
        healthy.completeExceptionally(e);
        completed.completeExceptionally(e);
        ready.completeExceptionally(e);
    }
}
