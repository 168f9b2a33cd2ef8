package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Position;
import io.github.stackmaven.stack.compose.load.tree.YMap;
import io.github.stackmaven.stack.compose.load.tree.YNode;
import io.github.stackmaven.stack.compose.load.tree.YScalar;
import io.github.stackmaven.stack.compose.load.tree.YSeq;
import io.github.stackmaven.stack.compose.path.ModelPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage "consistency" (compose-go {@code loader/validate.go}): every service, network, volume, secret and
 * config that a service (or its {@code build.secrets}) names exists; {@code depends_on} has no cycle; {@code network_mode} and
 * {@code networks} are not combined.
 */
final class ConsistencyValidator {

    private ConsistencyValidator() {
    }

    static void validate(YMap model, Set<String> allServices) {
        if (!(model.get("services") instanceof YMap services)) {
            return;
        }
        for (String name : services.keys()) {
            YMap service = (YMap) services.get(name);
            ModelPath path = ModelPath.of("services").child(name);
            references(service, path, allServices, model);
        }
        new CycleCheck(services).run();
    }

    private static void references(YMap service, ModelPath path, Set<String> allServices, YMap model) {
        imageOrBuild(service, path);
        platform(service, path);
        cpus(service, path);
        if (service.get("links") instanceof YSeq links) {
            for (YNode link : links.items()) {
                String target = ((YScalar) link).text().split(":")[0];
                requireService(target, allServices, link.position(), path.child("links"), "links to");
            }
        }
        for (String mode : new String[] {"network_mode", "ipc", "pid"}) {
            if (service.get(mode) instanceof YScalar s && s.text() != null && s.text().startsWith("service:")) {
                requireService(s.text().substring(8), allServices, s.position(), path.child(mode), "uses");
            }
        }
        if (service.get("depends_on") instanceof YMap deps) {
            for (String dep : deps.keys()) {
                requireService(dep, allServices, deps.keyPosition(dep), path.child("depends_on"), "depends on");
            }
        }
        if (service.has("network_mode") && service.get("networks") instanceof YMap nets && !nets.isEmpty()) {
            throw new ComposeException(service.keyPosition("network_mode"), path.toString(),
                    "network_mode and networks cannot be combined");
        }
        if (service.get("networks") instanceof YMap nets) {
            for (String net : nets.keys()) {
                requireResource(model, "networks", net, nets.keyPosition(net), path.child("networks"), "network");
            }
        }
        if (service.get("volumes") instanceof YSeq volumes) {
            for (int i = 0; i < volumes.size(); i++) {
                YMap v = (YMap) volumes.get(i);
                if (v.get("type") instanceof YScalar t && "volume".equals(t.text())
                        && v.get("source") instanceof YScalar s && s.text() != null && !s.text().isEmpty()) {
                    requireResource(model, "volumes", s.text(), s.position(), path.child("volumes").index(i), "volume");
                }
            }
        }
        for (String kind : new String[] {"secrets", "configs"}) {
            if (service.get(kind) instanceof YSeq refs) {
                for (int i = 0; i < refs.size(); i++) {
                    YMap ref = (YMap) refs.get(i);
                    String source = Nodes.string(ref.get("source"), path.child(kind).index(i).child("source"));
                    requireResource(model, kind, source, ref.position(), path.child(kind).index(i),
                            kind.substring(0, kind.length() - 1));
                }
            }
        }
        if (service.get("build") instanceof YMap build && build.get("secrets") instanceof YSeq refs) {
            ModelPath at = path.child("build").child("secrets");
            for (int i = 0; i < refs.size(); i++) {
                YMap ref = (YMap) refs.get(i);
                String source = Nodes.string(ref.get("source"), at.index(i).child("source"));
                requireResource(model, "secrets", source, ref.position(), at.index(i), "build secret");
            }
        }
        if (service.get("scale") instanceof YScalar scale && service.has("container_name")
                && scale.text() != null && !List.of("0", "1").contains(scale.text())) {
            throw new ComposeException(scale.position(), path.child("scale").toString(),
                    "container_name is set, so the service cannot be scaled to " + scale.text());
        }
    }

    /** After merging, a service needs something to run (compose v2: "has neither an image nor a build context"). */
    private static void imageOrBuild(YMap service, ModelPath path) {
        boolean image = service.get("image") instanceof YScalar i && i.text() != null && !i.text().isEmpty();
        if (!image && !(service.get("build") instanceof YMap)) {
            throw new ComposeException(service.position(), path.toString(), "service \"" + path.last()
                    + "\" has neither an image nor a build context specified; add image: or build: (in this file"
                    + " or an overlay)");
        }
    }

    /** {@code platform} must be one of {@code build.platforms} when both are set. */
    private static void platform(YMap service, ModelPath path) {
        if (service.get("platform") instanceof YScalar p && p.text() != null && service.get("build") instanceof YMap b
                && b.get("platforms") instanceof YSeq platforms && platforms.size() > 0
                && platforms.items().stream().noneMatch(x -> x instanceof YScalar s && p.text().equals(s.text()))) {
            throw new ComposeException(p.position(), path.child("platform").toString(), "platform \"" + p.text()
                    + "\" is not in build.platforms; add it there or change platform");
        }
    }

    /** {@code cpus} and {@code deploy.resources.limits.cpus} say the same thing: both set, they must agree. */
    private static void cpus(YMap service, ModelPath path) {
        if (service.get("cpus") instanceof YScalar cpus && cpus.text() != null
                && service.get("deploy") instanceof YMap deploy && deploy.get("resources") instanceof YMap resources
                && resources.get("limits") instanceof YMap limits && limits.get("cpus") instanceof YScalar limit
                && limit.text() != null && !sameNumber(cpus.text(), limit.text())) {
            throw new ComposeException(cpus.position(), path.toString(), "can't set distinct values on 'cpus' ("
                    + cpus.text() + ") and 'deploy.resources.limits.cpus' (" + limit.text() + "); keep one of them");
        }
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return Double.parseDouble(a.strip()) == Double.parseDouble(b.strip());
        } catch (NumberFormatException e) {
            return a.strip().equals(b.strip());
        }
    }

    private static void requireService(String name, Set<String> all, Position at, ModelPath path, String verb) {
        if (!all.contains(name)) {
            throw new ComposeException(at, path.toString(), "service \"" + path.parent().last() + "\" " + verb
                    + " undefined service \"" + name + "\"" + Suggestions.didYouMean(name, all));
        }
    }

    private static void requireResource(YMap model, String section, String name, Position at, ModelPath path,
            String kind) {
        YMap defined = model.get(section) instanceof YMap m ? m : new YMap(Position.UNKNOWN);
        if (!defined.has(name)) {
            throw new ComposeException(at, path.toString(), "service \"" + serviceOf(path) + "\" refers to undefined "
                    + kind + " \"" + name + "\"" + Suggestions.didYouMean(name, defined.keys())
                    + "; declare it under top-level " + section + ":");
        }
    }

    private static String serviceOf(ModelPath path) {
        return path.segments().get(1);
    }

    /** Depth-first search for a cycle in depends_on. */
    private static final class CycleCheck {
        private final YMap services;
        private final Map<String, Integer> state = new HashMap<>();
        private final List<String> stack = new ArrayList<>();

        CycleCheck(YMap services) {
            this.services = services;
        }

        void run() {
            for (String name : services.keys()) {
                visit(name);
            }
        }

        /**
         * Iterative depth-first search (an explicit stack of iterators, not recursion): a chain of thousands of
         * services needs no deeper Java stack than one of two.
         */
        private void visit(String root) {
            if (state.containsKey(root)) {
                return;
            }
            java.util.Deque<java.util.Iterator<String>> pending = new java.util.ArrayDeque<>();
            enter(root, pending);
            while (!pending.isEmpty()) {
                java.util.Iterator<String> deps = pending.peek();
                if (!deps.hasNext()) {
                    pending.pop();
                    state.put(stack.remove(stack.size() - 1), 2);
                    continue;
                }
                String dep = deps.next();
                Integer s = state.get(dep);
                if (s == null) {
                    enter(dep, pending);
                } else if (s == 1) {
                    List<String> cycle = new ArrayList<>(stack.subList(stack.indexOf(dep), stack.size()));
                    cycle.add(dep);
                    String first = cycle.get(0);
                    YMap on = (YMap) ((YMap) services.get(first)).get("depends_on");
                    throw new ComposeException(on.keyPosition(cycle.get(1)), "services." + first + ".depends_on",
                            "dependency cycle " + String.join(" -> ", cycle));
                }
            }
        }

        private void enter(String name, java.util.Deque<java.util.Iterator<String>> pending) {
            state.put(name, 1);
            stack.add(name);
            List<String> deps = new ArrayList<>();
            if (services.get(name) instanceof YMap service && service.get("depends_on") instanceof YMap on) {
                for (String dep : on.keys()) {
                    if (services.has(dep)) {
                        deps.add(dep);
                    }
                }
            }
            pending.push(deps.iterator());
        }
    }
}
