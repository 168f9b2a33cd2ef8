package io.github.stackmaven.stack.junit;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A {@link RunningStack} read from the values {@code up} exports ({@code stack.project}, {@code stack.S.host},
 * {@code stack.S.port}, {@code stack.S.port.<containerPort>}), whoever wrote them.
 */
record ExportedStack(String environment, Map<String, String> values, boolean startedByExtension)
        implements RunningStack {

    ExportedStack {
        values = Map.copyOf(values);
    }

    @Override
    public String project() {
        return values.get("stack.project");
    }

    @Override
    public String host(String service) {
        return value("stack." + service + ".host", service, null);
    }

    @Override
    public int port(String service) {
        return Integer.parseInt(value("stack." + service + ".port", service, null));
    }

    @Override
    public int port(String service, int containerPort) {
        return Integer.parseInt(value("stack." + service + ".port." + containerPort, service, containerPort));
    }

    @Override
    public String toString() {
        return "stack " + project() + " (" + environment + ", " + (startedByExtension ? "started by the test"
                : "started by the build") + ")";
    }

    private String value(String key, String service, Integer containerPort) {
        String v = values.get(key);
        if (v != null) {
            return v;
        }
        throw new IllegalArgumentException(missing(service, containerPort));
    }

    private String missing(String service, Integer containerPort) {
        Map<String, TreeSet<String>> published = new TreeMap<>();
        values.keySet().stream().filter(k -> k.startsWith("stack.") && k.contains(".port."))
                .forEach(k -> {
                    String rest = k.substring("stack.".length());
                    int at = rest.lastIndexOf(".port.");
                    published.computeIfAbsent(rest.substring(0, at), s -> new TreeSet<>())
                            .add(rest.substring(at + ".port.".length()));
                });
        String what = containerPort == null ? "publishes no port" : "publishes no container port " + containerPort;
        String known = published.isEmpty() ? "no service publishes a port"
                : "published: " + published.entrySet().stream()
                .map(e -> e.getKey() + " " + String.join("/", e.getValue())).collect(Collectors.joining(", "));
        return "Service " + service + " " + what + " in stack " + project() + " (" + environment + "; " + known
                + "); publish it under ports: in the " + environment + " compose file, e.g. \"127.0.0.1::"
                + (containerPort == null ? "8080" : containerPort) + "\"";
    }
}
