package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.plan.ServicePlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders builds so that an image another service's Dockerfile starts {@code FROM} is built before it. */
final class BuildOrder {
    private static final Pattern FROM = Pattern.compile("(?im)^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)");

    private BuildOrder() {
    }

    static List<ServicePlan> sort(List<ServicePlan> builds) {
        List<ServicePlan> order = new ArrayList<>();
        Set<ServicePlan> visiting = new LinkedHashSet<>();
        for (ServicePlan s : builds) {
            visit(s, builds, order, visiting);
        }
        return order;
    }

    private static void visit(ServicePlan s, List<ServicePlan> builds, List<ServicePlan> order,
                              Set<ServicePlan> visiting) {
        if (order.contains(s) || !visiting.add(s)) {
            return;
        }
        Set<String> bases = bases(s);
        for (ServicePlan other : builds) {
            if (other != s && other.build().tags().stream().anyMatch(t -> bases.contains(normalise(t)))) {
                visit(other, builds, order, visiting);
            }
        }
        visiting.remove(s);
        order.add(s);
    }

    static Set<String> bases(ServicePlan s) {
        String dockerfile = s.build().dockerfileInline();
        if (dockerfile == null) {
            Path file = s.build().context().resolve(s.build().dockerfile() == null ? "Dockerfile" : s.build().dockerfile());
            try {
                dockerfile = Files.readString(file);
            } catch (IOException e) {
                return Set.of();
            }
        }
        Set<String> bases = new LinkedHashSet<>();
        Matcher m = FROM.matcher(dockerfile);
        while (m.find()) {
            bases.add(normalise(m.group(1)));
        }
        return bases;
    }

    private static String normalise(String image) {
        String i = image.toLowerCase(Locale.ROOT);
        int slash = i.lastIndexOf('/');
        return i.indexOf(':', slash + 1) >= 0 || i.contains("@") ? i : i + ":latest";
    }
}
