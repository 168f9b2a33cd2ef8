package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.Service;

import java.util.Map;
import java.util.Set;

/**
 * The plugin's own settings for a service, in the compose extension key {@code x-stack} (which {@code docker compose}
 * ignores): {@code x-stack: {wait: healthcheck|port|none|auto}}.
 */
final class StackExtension {
    static final String KEY = "x-stack";
    private static final Set<String> KEYS = Set.of("wait");

    private StackExtension() {
    }

    /** The service's {@code x-stack.wait}, or null when it sets none. */
    static WaitMode waitMode(Service s) {
        Object ext = s.extensions().get(KEY);
        if (ext == null) {
            return null;
        }
        if (!(ext instanceof Map<?, ?> map)) {
            throw new PlanException("Service " + s.name() + ": " + KEY + " must be a mapping such as"
                    + " `x-stack: {wait: port}`");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new PlanException("Service " + s.name() + ": " + KEY + "." + key + " is not a setting of the"
                        + " plugin; " + KEY + " takes: " + String.join(", ", KEYS));
            }
        }
        Object value = map.get("wait");
        if (value == null) {
            return null;
        }
        WaitMode mode = WaitMode.parse(String.valueOf(value));
        if (mode == null) {
            throw new PlanException("Service " + s.name() + ": " + KEY + ".wait is \"" + value + "\"; expected "
                    + WaitMode.CHOICES);
        }
        return mode;
    }
}
