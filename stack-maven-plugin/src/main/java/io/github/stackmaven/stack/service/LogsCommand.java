package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code logs}: the output of the environment's running stack, each line prefixed with its service as compose does;
 * when following, one reader per container on the session's executor.
 */
final class LogsCommand {
    private final StackSession session;
    private final EventSink events;

    LogsCommand(StackSession session, EventSink events) {
        this.session = session;
        this.events = events;
    }

    void run(StackSettings s, LogsOptions options) throws StackServiceException {
        List<String> only = StackFiles.nonBlank(s.services());
        if (!only.isEmpty()) {
            StackFiles.load(s); // a name that is not a service fails here, naming the files, the services and the closest
        }
        String project = StackState.runningProject(session, s);
        EngineClient engine = session.engine(s.dockerHost());
        List<ContainerSummary> containers = new ArrayList<>(engine.listContainers(
                Map.of(StackLabels.PROJECT, project)));
        containers.removeIf(c -> !only.isEmpty() && !only.contains(c.label(StackLabels.SERVICE)));
        if (containers.isEmpty()) {
            throw new StackNotFoundException(project, "No containers of stack " + project + (only.isEmpty() ? ""
                    : " for services " + String.join(", ", only)) + "; start it with stack:up -Dstack.environment="
                    + s.environment());
        }
        containers.sort(Comparator.comparing(ContainerSummary::name));
        int width = containers.stream().mapToInt(c -> prefix(c).length()).max().orElse(0);
        List<CompletableFuture<Void>> readers = new ArrayList<>();
        for (ContainerSummary c : containers) {
            String prefix = String.format("%-" + width + "s | ", prefix(c));
            Runnable read = () -> engine.streamLogs(c.id(), options.tail(), options.follow(),
                    line -> events.info(prefix + line));
            if (options.follow()) {
                readers.add(CompletableFuture.runAsync(read, session.executor()));
            } else {
                read.run();
            }
        }
        try {
            // one failure for the goal, the reader's own (unwrapped by the service), not a trace from a thread
            CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            readers.forEach(r -> r.cancel(true));
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new java.util.concurrent.CompletionException(e.getCause());
        }
    }

    private static String prefix(ContainerSummary c) {
        String service = String.valueOf(c.label(StackLabels.SERVICE));
        String number = c.label(StackLabels.CONTAINER_NUMBER);
        return number == null || "1".equals(number) ? service : service + "-" + number;
    }
}
