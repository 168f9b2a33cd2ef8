package io.github.stackmaven.stack.orchestration.wait;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostBridgesTest {

    @Test
    void anAddressIsInTheBridgesSubnetByItsPrefix() {
        byte[] bridge = {(byte) 172, 18, 0, 1};
        assertThat(HostBridges.inSubnet(bridge, 16, new byte[] {(byte) 172, 18, 5, 2})).isTrue();
        assertThat(HostBridges.inSubnet(bridge, 16, new byte[] {(byte) 172, 19, 0, 2})).isFalse();
        assertThat(HostBridges.inSubnet(bridge, 24, new byte[] {(byte) 172, 18, 1, 2})).isFalse();
        assertThat(HostBridges.inSubnet(bridge, 32, new byte[] {(byte) 172, 18, 0, 1})).isTrue();
        assertThat(HostBridges.inSubnet(bridge, 33, new byte[] {(byte) 172, 18, 0, 1})).isFalse();
    }

    @Test
    void noBridgeForTheNetworkMeansNo() {
        assertThat(HostBridges.carries("0123456789abcdef0123", "127.0.0.1")).isFalse();
        assertThat(HostBridges.carries("short", "127.0.0.1")).isFalse();
        assertThat(HostBridges.carries(null, "127.0.0.1")).isFalse();
    }
}
