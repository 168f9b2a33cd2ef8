package io.github.stackmaven.stack.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The named stages of a Dockerfile ({@code FROM image AS name}), to check targets before a build starts. */
public final class DockerfileStages {

    private static final Pattern FROM = Pattern.compile(
            "^\\s*FROM\\s+(?:--\\S+\\s+)*\\S+\\s+AS\\s+(\\S+)\\s*$", Pattern.CASE_INSENSITIVE);

    private DockerfileStages() {
    }

    /** Stage names in order, lower-cased as BuildKit compares them. Line continuations are joined first. */
    public static List<String> of(String dockerfile) {
        List<String> stages = new ArrayList<>();
        for (String line : dockerfile.replaceAll("\\\\\\r?\\n", " ").split("\\r?\\n")) {
            Matcher m = FROM.matcher(line);
            if (m.matches()) {
                stages.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return stages;
    }

    /** The targets that name no stage; empty when every one does, or when a stage name is computed from an ARG. */
    public static List<String> missing(String dockerfile, List<String> targets) {
        List<String> stages = of(dockerfile);
        if (stages.stream().anyMatch(s -> s.contains("$"))) {
            return List.of();
        }
        return targets.stream().filter(t -> !stages.contains(t.toLowerCase(Locale.ROOT))).toList();
    }
}
