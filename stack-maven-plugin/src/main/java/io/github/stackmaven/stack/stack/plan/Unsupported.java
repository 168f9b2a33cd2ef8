package io.github.stackmaven.stack.stack.plan;

import io.github.stackmaven.stack.compose.Service;
import io.github.stackmaven.stack.stack.StackException;

import java.util.Set;

/**
 * Keys compose knows that {@code up} does not implement yet: each is an error naming the service and the key,
 * never silently ignored.
 */
final class Unsupported {
    /** Keys without effect on a local single-engine stack, as with {@code docker compose up}. */
    private static final Set<String> WITHOUT_EFFECT = Set.of("develop", "x-bake");

    private Unsupported() {
    }

    static void check(Service s) {
        for (String key : s.otherKeys().keySet()) {
            if (!WITHOUT_EFFECT.contains(key)) {
                throw error(s, key, "`" + key + "`");
            }
        }
        require(s, s.volumesFrom().isEmpty(), "volumes_from");
        require(s, s.externalLinks().isEmpty(), "external_links");
        require(s, s.dnsSearch().isEmpty(), "dns_search");
        require(s, s.dnsOpt().isEmpty(), "dns_opt");
        require(s, s.logging() == null, "logging");
    }

    private static void require(Service s, boolean ok, String key) {
        if (!ok) {
            throw error(s, key, "`" + key + "`");
        }
    }

    static StackException error(Service s, String key, String what) {
        return new StackException("services." + s.name() + "." + key + ": " + what + " is not implemented by"
                + " stack-maven-plugin yet; remove it from the files of this environment (or reset it in an overlay"
                + " with `" + key + ": !reset null`)");
    }
}
