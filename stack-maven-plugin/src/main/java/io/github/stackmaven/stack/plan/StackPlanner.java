package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.Dependency;
import io.github.stackmaven.stack.compose.DependencyCondition;
import io.github.stackmaven.stack.compose.NetworkSpec;
import io.github.stackmaven.stack.compose.Service;
import io.github.stackmaven.stack.compose.VolumeSpec;
import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.VolumeConfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the effective compose model into a {@link StackPlan}: engine names for the run's project, compose's labels,
 * services in dependency order. Pure: no engine, no Maven.
 */
public final class StackPlanner {
    private StackPlanner() {
    }

    public static StackPlan plan(ComposeProject compose, PlanOptions options, Set<String> selected) {
        Names names = new Names(compose, options.project());
        List<NetworkConfig> networks = new ArrayList<>();
        List<String> externalNetworks = new ArrayList<>();
        Map<String, Service> services = select(compose, selected);
        Set<String> usedNetworks = new LinkedHashSet<>();
        services.values().forEach(s -> usedNetworks.addAll(s.networks().keySet()));
        for (String key : usedNetworks) {
            NetworkSpec n = compose.networks().get(key);
            if (n != null && n.external()) {
                externalNetworks.add(names.network(key));
            } else {
                Unsupported.check(key, n);
                networks.add(new NetworkConfig(names.network(key), n == null ? null : n.driver(),
                        n == null ? Map.of() : n.driverOpts(), n != null && n.internal(), n != null && n.attachable(),
                        n != null && Boolean.TRUE.equals(n.enableIpv6()),
                        resourceLabels(n == null ? Map.of() : n.labels(), options.project(), StackLabels.NETWORK, key),
                        n == null || n.ipam() == null ? null : n.ipam().driver(), pools(n)));
            }
        }
        List<VolumeConfig> volumes = new ArrayList<>();
        List<String> externalVolumes = new ArrayList<>();
        for (VolumeSpec v : compose.volumes().values()) {
            if (v.external()) {
                externalVolumes.add(names.volume(v.key()));
            } else {
                volumes.add(new VolumeConfig(names.volume(v.key()), v.driver(), v.driverOpts(),
                        resourceLabels(v.labels(), options.project(), StackLabels.VOLUME, v.key())));
            }
        }
        ServiceMapper mapper = new ServiceMapper(compose, options, names);
        List<ServicePlan> plans = new ArrayList<>();
        for (String name : dependencyOrder(services)) {
            plans.add(mapper.map(services.get(name), dependsOn(services.get(name))));
        }
        return new StackPlan(options.project(), options.environment(), networks, externalNetworks, volumes,
                externalVolumes, plans);
    }

    /** The selected services and everything they need; all enabled services when nothing is selected. */
    private static Map<String, Service> select(ComposeProject compose, Set<String> selected) {
        if (selected.isEmpty()) {
            return compose.services();
        }
        Map<String, Service> out = new LinkedHashMap<>();
        List<String> todo = new ArrayList<>(selected);
        while (!todo.isEmpty()) {
            String name = todo.remove(0);
            Service s = compose.services().get(name);
            if (s == null) {
                throw new PlanException("stack.services names " + name + ", which is not an enabled service of "
                        + compose.name() + "; services: " + String.join(", ", compose.services().keySet()));
            }
            if (out.put(name, s) == null) {
                s.dependsOn().forEach((dep, d) -> {
                    if (d.required() || compose.services().containsKey(dep)) {
                        todo.add(dep);
                    }
                });
            }
        }
        return out;
    }

    private static List<NetworkConfig.Pool> pools(NetworkSpec n) {
        if (n == null || n.ipam() == null) {
            return List.of();
        }
        return n.ipam().config().stream().map(p -> new NetworkConfig.Pool(p.subnet(), p.ipRange(), p.gateway()))
                .toList();
    }

    private static Map<String, String> resourceLabels(Map<String, String> own, String project, String kindLabel,
                                                      String key) {
        Map<String, String> labels = new HashMap<>(own);
        labels.put(StackLabels.PROJECT, project);
        labels.put(kindLabel, key);
        return labels;
    }

    private static List<DependsOn> dependsOn(Service s) {
        List<DependsOn> out = new ArrayList<>();
        s.dependsOn().forEach((name, d) -> out.add(new DependsOn(name, condition(d), d.required())));
        return out;
    }

    private static Condition condition(Dependency d) {
        DependencyCondition c = d.condition() == null ? DependencyCondition.SERVICE_STARTED : d.condition();
        return switch (c) {
            case SERVICE_STARTED -> Condition.STARTED;
            case SERVICE_HEALTHY -> Condition.HEALTHY;
            case SERVICE_COMPLETED_SUCCESSFULLY -> Condition.COMPLETED;
        };
    }

    /**
     * Services sorted so that each comes after what it depends on (the loader has already refused cycles).
     * Iterative, so that a chain of thousands of services needs no deep Java stack.
     */
    static List<String> dependencyOrder(Map<String, Service> services) {
        List<String> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        Deque<Iterator<String>> pending = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        for (String root : services.keySet()) {
            if (done.contains(root)) {
                continue;
            }
            visiting.add(root);
            names.push(root);
            pending.push(services.get(root).dependsOn().keySet().iterator());
            while (!pending.isEmpty()) {
                Iterator<String> deps = pending.peek();
                if (!deps.hasNext()) {
                    pending.pop();
                    String name = names.pop();
                    visiting.remove(name);
                    done.add(name);
                    order.add(name);
                    continue;
                }
                String dep = deps.next();
                if (done.contains(dep) || !services.containsKey(dep)) {
                    continue;
                }
                if (!visiting.add(dep)) {
                    throw new PlanException("services.depends_on: cycle " + String.join(" -> ", visiting) + " -> "
                            + dep);
                }
                names.push(dep);
                pending.push(services.get(dep).dependsOn().keySet().iterator());
            }
        }
        return order;
    }
}
