package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage "profiles" (compose-go {@code types/project.go:WithProfiles}, {@code WithServicesEnabled}): a service
 * without profiles is always enabled, one with profiles only when one of them is active ({@code *} activates
 * all). Naming a service activates its profiles. With names, only they and their dependencies are kept.
 */
final class Profiles {

    private Profiles() {
    }

    /** Moves disabled services out of {@code model.services}; returns them. */
    static Map<String, YMap> apply(YMap model, Set<String> active, List<String> requested, String files,
                                   LoadContext context) {
        Map<String, YMap> disabled = new LinkedHashMap<>();
        if (!(model.get("services") instanceof YMap services)) {
            if (!requested.isEmpty()) {
                throw unknownService(requested.get(0), List.of(), files);
            }
            return disabled;
        }
        Set<String> enabledProfiles = new LinkedHashSet<>(active);
        for (String name : requested) {
            if (!(services.get(name) instanceof YMap service)) {
                throw unknownService(name, services.keys(), files);
            }
            enabledProfiles.addAll(profiles(service));
        }
        for (String name : List.copyOf(services.keys())) {
            YMap service = (YMap) services.get(name);
            Set<String> own = profiles(service);
            boolean on = own.isEmpty() || enabledProfiles.contains("*") || own.stream().anyMatch(enabledProfiles::contains)
                    || requested.contains(name);
            if (!on) {
                disabled.put(name, service);
                services.remove(name);
            }
        }
        for (String name : services.keys()) {
            dropDisabledDependencies(name, (YMap) services.get(name), disabled, context);
        }
        if (!requested.isEmpty()) {
            keepRequested(services, requested, disabled);
        }
        return disabled;
    }

    /** Names the files and their services, and the closest name; never suggests starting a stack for it. */
    private static ComposeException unknownService(String name, java.util.Collection<String> services, String files) {
        return new ComposeException(Position.UNKNOWN, "", "stack.services names \"" + name + "\", which is not a"
                + " service in " + files + "; " + (services.isEmpty() ? "they define no services"
                : "services: " + String.join(", ", services)) + Suggestions.didYouMean(name, services));
    }

    private static void dropDisabledDependencies(String name, YMap service, Map<String, YMap> disabled,
            LoadContext context) {
        if (!(service.get("depends_on") instanceof YMap deps)) {
            return;
        }
        for (String dep : List.copyOf(deps.keys())) {
            if (!disabled.containsKey(dep)) {
                continue;
            }
            YMap entry = (YMap) deps.get(dep);
            boolean required = !(entry.get("required") instanceof YScalar r) || !"false".equals(r.text());
            if (required) {
                throw new ComposeException(deps.keyPosition(dep), "services." + name + ".depends_on",
                        "service \"" + name + "\" depends on \"" + dep + "\", which is disabled: enable one of its"
                                + " profiles " + profiles(disabled.get(dep)) + " or set required: false");
            }
            context.warn("service \"" + name + "\" depends on disabled service \"" + dep + "\" (required: false)");
            deps.remove(dep);
        }
    }

    private static void keepRequested(YMap services, List<String> requested, Map<String, YMap> disabled) {
        Set<String> keep = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(requested);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (keep.add(name) && services.get(name) instanceof YMap s && s.get("depends_on") instanceof YMap deps) {
                todo.addAll(deps.keys());
            }
        }
        for (String name : List.copyOf(services.keys())) {
            if (!keep.contains(name)) {
                disabled.put(name, (YMap) services.remove(name));
            }
        }
    }

    static Set<String> profiles(YMap service) {
        Set<String> out = new LinkedHashSet<>();
        if (service.get("profiles") instanceof YSeq seq) {
            for (YNode p : seq.items()) {
                out.add(((YScalar) p).text());
            }
        }
        return out;
    }
}
