package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.MountSpec;
import io.github.stackmaven.stack.plan.ServicePlan;
import io.github.stackmaven.stack.plan.StackPlan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Services of a test or ci stack that reach out of their sandbox into the host: a bind mount of {@code /}, of the
 * engine's socket (Docker's or Podman's, rootful or rootless, or the {@code /run} directory that holds it), or
 * {@code network_mode: host}. Such a service can read the host's files, control the engine (root on the host), or
 * bind the host's ports; a test stack rarely means to. One warning line per service; dev and prod are the user's
 * business and get none.
 */
public final class HostExposure {

    private HostExposure() {
    }

    /** One line per exposed service of a disposable stack, in plan order; empty for dev and prod stacks. */
    public static List<String> warnings(StackPlan plan) {
        List<String> lines = new ArrayList<>();
        if (!plan.disposable()) {
            return lines;
        }
        for (ServicePlan service : plan.services()) {
            Set<String> what = new LinkedHashSet<>();
            for (ContainerSpec spec : service.containers()) {
                for (MountSpec m : spec.mounts()) {
                    if (m.type() == MountSpec.Type.BIND && m.source() != null) {
                        describe(normalize(m.source())).ifPresent(what::add);
                    }
                }
                if ("host".equals(spec.networkMode())) {
                    what.add("uses network_mode: host (it shares the host's network and ports)");
                }
            }
            if (!what.isEmpty()) {
                lines.add("Service " + service.name() + " of " + plan.environment() + " stack " + plan.project() + " "
                        + String.join(" and ", what) + "; make sure the tests need that");
            }
        }
        return lines;
    }

    private static java.util.Optional<String> describe(String source) {
        if (source.equals("/")) {
            return java.util.Optional.of("mounts the host's root filesystem /");
        }
        if (isEngineSocket(source)) {
            return java.util.Optional.of("mounts the engine socket " + source + " (control of the engine is root on"
                    + " the host)");
        }
        if (source.equals("/run") || source.equals("/var/run")) {
            return java.util.Optional.of("mounts " + source + ", which holds the engine socket (control of the"
                    + " engine is root on the host)");
        }
        return java.util.Optional.empty();
    }

    /** Docker's and Podman's sockets wherever they live (rootful, rootless, Desktop, Colima): by file name. */
    static boolean isEngineSocket(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equals("docker.sock") || name.equals("podman.sock") || name.equals("containerd.sock");
    }

    private static String normalize(String source) {
        try {
            return java.nio.file.Path.of(source).normalize().toString();
        } catch (java.nio.file.InvalidPathException e) {
            return source;
        }
    }
}
