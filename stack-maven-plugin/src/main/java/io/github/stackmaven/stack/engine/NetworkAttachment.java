package io.github.stackmaven.stack.engine;

import java.util.List;

/** A container's membership of a network, with the names other containers reach it by. */
public record NetworkAttachment(String network, List<String> aliases, String ipv4Address, String ipv6Address) {

    public NetworkAttachment {
        aliases = List.copyOf(aliases);
    }
}
