package io.github.stackmaven.stack.images;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which of the built images {@code push} sends: the main target's (the one tagged {@code <image>:<version>}, or
 * the last stage when no target was named) and the targets listed in {@code stack.push.targets}. The builder image
 * carries a JDK and the build's inputs; it is nobody's deliverable unless asked for.
 *
 * @param push    the images to push, in build order
 * @param left    the targets built but not pushed
 * @param unknown listed targets that the build did not make
 */
public record PushTargets(List<BuiltImage> push, List<String> left, List<String> unknown) {

    public PushTargets {
        push = List.copyOf(push);
        left = List.copyOf(left);
        unknown = List.copyOf(unknown);
    }

    public static PushTargets select(List<BuiltImage> built, String mainTarget, List<String> extra) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String t : extra) {
            if (t != null && !t.isBlank()) {
                wanted.add(t.trim());
            }
        }
        List<BuiltImage> push = new ArrayList<>();
        List<String> left = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (BuiltImage b : built) {
            seen.add(b.target());
            if (b.target() == null || Objects.equals(b.target(), mainTarget) || wanted.contains(b.target())) {
                push.add(b);
            } else {
                left.add(b.target());
            }
        }
        List<String> unknown = wanted.stream().filter(t -> !seen.contains(t)).toList();
        return new PushTargets(push, left, unknown);
    }
}
