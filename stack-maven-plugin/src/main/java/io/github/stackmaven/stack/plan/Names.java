package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.NetworkSpec;
import io.github.stackmaven.stack.compose.VolumeSpec;

/**
 * Engine names of a run's resources. Compose names them after the project ({@code <project>_<key>},
 * {@code <project>-<service>-<n>}); a test run has its own project name, so default names are re-derived from it,
 * while names the file sets explicitly ({@code name:}, external, {@code container_name}) are kept.
 */
final class Names {
    private final ComposeProject compose;
    private final String project;

    Names(ComposeProject compose, String project) {
        this.compose = compose;
        this.project = project;
    }

    String network(String key) {
        NetworkSpec n = compose.networks().get(key);
        return n == null ? project + "_" + key : rename(n.name(), key, n.external());
    }

    String volume(String key) {
        VolumeSpec v = compose.volumes().get(key);
        return v == null ? project + "_" + key : rename(v.name(), key, v.external());
    }

    String container(String service, String containerName, int number) {
        return containerName != null && !containerName.isEmpty() ? containerName
                : project + "-" + service + "-" + number;
    }

    String project() {
        return project;
    }

    /** The image a service with {@code build:} and no {@code image:} runs: {@code <compose project>-<service>}. */
    String builtImage(String service) {
        return compose.name() + "-" + service;
    }

    private String rename(String name, String key, boolean external) {
        if (external || name == null) {
            return name == null ? project + "_" + key : name;
        }
        String composeDefault = compose.name() + "_" + key;
        return name.equals(composeDefault) ? project + "_" + key : name;
    }
}
