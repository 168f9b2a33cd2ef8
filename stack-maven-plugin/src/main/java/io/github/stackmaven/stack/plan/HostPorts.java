package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.PortBinding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fixed host ports in a plan: what makes two test stacks of one project collide. */
public final class HostPorts {
    private HostPorts() {
    }

    /** Service name to the fixed host ports it publishes, in plan order; empty when every port is ephemeral. */
    public static Map<String, Set<String>> fixed(StackPlan plan) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (ServicePlan s : plan.services()) {
            for (ContainerSpec c : s.containers()) {
                for (PortBinding p : c.ports()) {
                    if (p.hostPort() != null && !p.hostPort().isEmpty()) {
                        out.computeIfAbsent(s.name(), k -> new LinkedHashSet<>()).add(p.hostPort());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The one warning {@code up} gives for a test or ci stack with fixed host ports, or null when there is nothing
     * to say.
     */
    public static String warning(StackPlan plan) {
        Map<String, Set<String>> fixed = fixed(plan);
        if (!plan.disposable() || fixed.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        fixed.forEach((service, ports) -> parts.add(service + " (" + String.join(", ", ports) + ")"));
        return "Fixed host ports defeat the isolation of test stacks: " + String.join(", ", parts) + ". Two builds"
                + " of this project at once will collide; -Dstack.ports=random publishes them on free ports instead"
                + " (exported as stack.<service>.port as usual; compose files unchanged)";
    }
}
