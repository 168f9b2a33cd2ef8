package io.github.stackmaven.stack.compose;

import java.util.Map;

/** {@code logging:} driver and options. */
public record Logging(String driver, Map<String, String> options) {

    public Logging {
        options = Immutable.map(options);
    }
}
