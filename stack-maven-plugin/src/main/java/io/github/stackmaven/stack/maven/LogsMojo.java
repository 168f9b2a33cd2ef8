package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints the output of the environment's running stack, each line prefixed with its service as compose does;
 * {@code -Dstack.logs.follow=true} keeps following until the services stop or Ctrl-C.
 */
@Mojo(name = "logs", threadSafe = true)
public class LogsMojo extends AbstractProjectMojo {

    /** Keep following new output. */
    @Parameter(property = "stack.logs.follow", defaultValue = "false")
    private boolean follow;

    /** Lines from the end of each service's log; -1 for all. */
    @Parameter(property = "stack.logs.tail", defaultValue = "-1")
    private int tail;

    /** Skips this goal. */
    @Parameter(property = "stack.logs.skip", defaultValue = "false")
    private boolean skipLogs;

    @Override
    protected String goal() {
        return "logs";
    }

    @Override
    protected String skipReason() {
        return skipLogs ? "stack.logs.skip" : super.skipReason();
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        List<String> only = nonBlank(services);
        if (!only.isEmpty()) {
            load(); // a name that is not a service fails here, naming the files, the services and the closest one
        }
        String stackProject = runningProject();
        EngineClient engine = engine();
        List<ContainerSummary> containers = new ArrayList<>(engine.listContainers(
                Map.of(StackLabels.PROJECT, stackProject)));
        containers.removeIf(c -> !only.isEmpty() && !only.contains(c.label(StackLabels.SERVICE)));
        if (containers.isEmpty()) {
            throw new MojoFailureException("No containers of stack " + stackProject + (only.isEmpty() ? ""
                    : " for services " + String.join(", ", only)) + "; start it with stack:up -Dstack.environment="
                    + environment);
        }
        containers.sort(Comparator.comparing(ContainerSummary::name));
        int width = containers.stream().mapToInt(c -> prefix(c).length()).max().orElse(0);
        List<Thread> readers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failed =
                new java.util.concurrent.atomic.AtomicReference<>();
        for (ContainerSummary c : containers) {
            String prefix = String.format("%-" + width + "s | ", prefix(c));
            Runnable read = () -> {
                try {
                    engine.streamLogs(c.id(), tail, follow, line -> getLog().info(prefix + line));
                } catch (RuntimeException e) {
                    // one failure for the goal, not a stack trace from a reader thread
                    failed.compareAndSet(null, e);
                }
            };
            if (!follow) {
                read.run();
                continue;
            }
            Thread t = new Thread(read, "stack-logs-" + c.name());
            t.setDaemon(true);
            t.start();
            readers.add(t);
        }
        for (Thread t : readers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    private static String prefix(ContainerSummary c) {
        String service = String.valueOf(c.label(StackLabels.SERVICE));
        String number = c.label(StackLabels.CONTAINER_NUMBER);
        return number == null || "1".equals(number) ? service : service + "-" + number;
    }
}
