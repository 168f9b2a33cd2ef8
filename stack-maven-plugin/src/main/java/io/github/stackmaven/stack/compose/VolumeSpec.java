package io.github.stackmaven.stack.compose;

import java.util.Map;

/** A top-level named volume. {@code name} is the engine name ({@code <project>_<key>} unless set or external). */
public record VolumeSpec(String key, String name, String driver, Map<String, String> driverOpts,
        boolean external, Map<String, String> labels, Map<String, Object> extensions) {

    public VolumeSpec {
        driverOpts = Immutable.map(driverOpts);
        labels = Immutable.map(labels);
        extensions = Immutable.map(extensions);
    }
}
