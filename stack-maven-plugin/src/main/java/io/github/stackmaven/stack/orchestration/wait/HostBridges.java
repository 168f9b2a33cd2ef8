package io.github.stackmaven.stack.orchestration.wait;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;

/**
 * Whether a container's address is reachable from this machine without the engine's port proxy, and is that
 * container's: Docker creates a bridge interface {@code br-<first 12 characters of the network id>} for each
 * network, in this machine's network namespace when the engine runs here as root. Only then does a connection to
 * the container's address reach that container. Rootless engines, engines in a VM (Docker Desktop, colima) and
 * Podman keep their bridges elsewhere or name them otherwise, and another engine on this machine may use the same
 * addresses: for all of those the answer is no, and the published port is probed instead.
 */
public final class HostBridges {
    private HostBridges() {
    }

    /** True when this machine has the network's bridge and the address lies in the bridge's subnet. */
    public static boolean carries(String networkId, String address) {
        if (networkId == null || networkId.length() < 12 || address == null) {
            return false;
        }
        try {
            NetworkInterface bridge = NetworkInterface.getByName("br-" + networkId.substring(0, 12));
            if (bridge == null || !bridge.isUp()) {
                return false;
            }
            InetAddress target = InetAddress.getByName(address);
            if (!(target instanceof Inet4Address)) {
                return false;
            }
            for (InterfaceAddress a : Collections.list(Collections.enumeration(bridge.getInterfaceAddresses()))) {
                if (a.getAddress() instanceof Inet4Address
                        && !a.getAddress().equals(target)
                        && inSubnet(a.getAddress().getAddress(), a.getNetworkPrefixLength(), target.getAddress())) {
                    return true;
                }
            }
            return false;
        } catch (SocketException | UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /** Whether {@code address} lies in the {@code prefix}-bit network of {@code network} (IPv4, 4 bytes each). */
    static boolean inSubnet(byte[] network, int prefix, byte[] address) {
        if (network.length != 4 || address.length != 4 || prefix < 0 || prefix > 32) {
            return false;
        }
        int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
        return (toInt(network) & mask) == (toInt(address) & mask);
    }

    private static int toInt(byte[] b) {
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
    }
}
