package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.PublishedPort;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The values {@code up} exports for later plugins (failsafe) and for files: {@code stack.project}, and for every
 * service S with a published port {@code stack.S.host}, {@code stack.S.port} (its first published port) and
 * {@code stack.S.port.<containerPort>}.
 */
public final class Exports {
    private Exports() {
    }

    /**
     * @param engineHost the host name to reach ports bound on every address: {@code localhost} for a local engine,
     *                   the engine's host for a remote one
     */
    public static Map<String, String> of(UpResult result, String engineHost) {
        Map<String, String> out = new TreeMap<>();
        out.put("stack.project", result.project());
        result.ports().forEach((service, ports) -> {
            List<PublishedPort> published = ports.stream().filter(PublishedPort::isPublished).toList();
            if (published.isEmpty()) {
                return;
            }
            PublishedPort first = published.get(0);
            out.put("stack." + service + ".host", host(first.hostIp(), engineHost));
            out.put("stack." + service + ".port", Integer.toString(first.hostPort()));
            for (PublishedPort p : published) {
                out.putIfAbsent("stack." + service + ".port." + p.containerPort(), Integer.toString(p.hostPort()));
            }
        });
        return out;
    }

    private static String host(String boundIp, String engineHost) {
        if (boundIp == null || boundIp.isEmpty() || "0.0.0.0".equals(boundIp) || "::".equals(boundIp)) {
            return engineHost;
        }
        return boundIp.contains(":") ? "[" + boundIp + "]" : boundIp;
    }
}
