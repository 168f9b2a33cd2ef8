package io.github.stackmaven.stack.orchestration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's "port is already allocated" (or "address already in use") as a user reads it: which host port, why it
 * happens with fixed host ports, and the option that avoids it. The engine's own text carries ids and is left out.
 */
final class PortConflict {
    private static final Pattern TAKEN = Pattern.compile(
            "Bind for \\S*?:(\\d+) failed: port is already allocated|listen (?:tcp|udp)[46]? \\S*?:(\\d+): bind: address already in use");

    private PortConflict() {
    }

    /** The explanation when {@code message} is a port conflict, else {@code message} unchanged. */
    static String explain(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = TAKEN.matcher(message);
        if (!m.find()) {
            return message;
        }
        String port = m.group(1) != null ? m.group(1) : m.group(2);
        return "host port " + port + " is already in use on the engine (another stack, maybe another build of this"
                + " project, or a program holds it). A fixed host port lets only one stack run at a time: set"
                + " -Dstack.ports=random (test and ci stacks) to publish it on a free port, exported as usual, or free"
                + " the port";
    }
}
