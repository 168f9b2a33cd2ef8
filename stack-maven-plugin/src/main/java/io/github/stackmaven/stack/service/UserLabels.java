package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.StackLabels;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code stack.labels} ({@code key=value,key2=value2}): extra labels for what the plugin creates. Compose's
 * {@code com.docker.compose.*} labels and the plugin's own {@code io.github.stackmaven.*} decide what {@code down}
 * and the dead-owner sweep remove, so user labels cannot set them (the IT harness's
 * {@code io.github.stackmaven.it} excepted).
 */
public final class UserLabels {
    private UserLabels() {
    }

    public static Map<String, String> parse(String labels) throws InvalidSettingException {
        Map<String, String> out = new LinkedHashMap<>();
        if (labels == null || labels.isBlank()) {
            return out;
        }
        for (String entry : labels.split(",")) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.substring(0, eq).isBlank()) {
                throw new InvalidSettingException("stack.labels", labels, "stack.labels: '" + entry.trim() + "' is not key=value; write"
                        + " -Dstack.labels=team=payments,ci.job=123");
            }
            String key = entry.substring(0, eq).trim();
            if (StackLabels.isReserved(key)) {
                throw new InvalidSettingException("stack.labels", labels, "stack.labels: the label " + key + " is reserved (com.docker.compose.*"
                        + " and io.github.stackmaven.* decide what stack:down and the sweep of dead builds remove);"
                        + " use a key of your own, e.g. -Dstack.labels=ci.job=123");
            }
            out.put(key, entry.substring(eq + 1).trim());
        }
        return out;
    }
}
