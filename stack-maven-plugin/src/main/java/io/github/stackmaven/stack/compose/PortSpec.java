package io.github.stackmaven.stack.compose;

/**
 * One published or exposed container port in long syntax (short-syntax ranges are expanded into one entry
 * per port). {@code published} is null when the engine picks a random host port; it may be a range such as
 * {@code 8000-8010} when a single container port binds within a host range.
 */
public record PortSpec(int target, String published, String hostIp, String protocol, String mode,
        String name, String appProtocol) {

    public PortSpec {
        protocol = protocol == null ? "tcp" : protocol;
        mode = mode == null ? "ingress" : mode;
    }
}
