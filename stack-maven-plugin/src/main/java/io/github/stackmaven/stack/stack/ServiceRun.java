package io.github.stackmaven.stack.stack;

import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.stack.plan.Condition;
import io.github.stackmaven.stack.stack.plan.ServicePlan;

import java.util.List;
import java.util.concurrent.CompletableFuture;
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
