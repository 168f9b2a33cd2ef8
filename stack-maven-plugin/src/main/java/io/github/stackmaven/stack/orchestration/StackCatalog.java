package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.StackLabels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finds the stacks this plugin created on an engine, by label (never by name). */
public final class StackCatalog {
    private final EngineClient engine;

    public StackCatalog(EngineClient engine) {
        this.engine = engine;
    }

    /** Every stack of the plugin on the engine, or only {@code project}'s when it is not null; sorted by project. */
    public List<StackSummary> list(String project) {
        Map<String, String> filter = new HashMap<>();
        filter.put(StackLabels.RUN, null);
        if (project != null) {
            filter.put(StackLabels.PROJECT, project);
        }
        Map<String, List<ContainerSummary>> byProject = new TreeMap<>();
        for (ContainerSummary c : engine.listContainers(filter)) {
            String p = c.label(StackLabels.PROJECT);
            if (p != null) {
                byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        List<StackSummary> stacks = new ArrayList<>();
        byProject.forEach((p, containers) -> {
            containers.sort(Comparator.comparing((ContainerSummary c) -> String.valueOf(c.label(StackLabels.SERVICE)))
                    .thenComparing(ContainerSummary::name));
            ContainerSummary first = containers.get(0);
            stacks.add(new StackSummary(p, first.label(StackLabels.ENVIRONMENT), first.label(StackLabels.RUN),
                    Owner.parse(first.label(StackLabels.OWNER)), containers));
        });
        return stacks;
    }

    /**
     * The stacks started from {@code directory} or a folder below it (compose's
     * {@code com.docker.compose.project.working_dir} label): what "this project's stacks" means to {@code ps}.
     */
    public static List<StackSummary> startedFrom(List<StackSummary> stacks, Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        return stacks.stream().filter(s -> s.containers().stream().map(c -> c.label(StackLabels.WORKING_DIR))
                .anyMatch(w -> w != null && !w.isBlank() && Path.of(w).toAbsolutePath().normalize().startsWith(dir)))
                .toList();
    }
}
