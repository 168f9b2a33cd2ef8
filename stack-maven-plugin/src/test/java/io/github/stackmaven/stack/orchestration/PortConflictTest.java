package io.github.stackmaven.stack.orchestration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortConflictTest {
    @Test
    void theEnginesBindErrorBecomesThePortAndTheOption_withoutIds() {
        String raw = "Engine error while starting container 3f2a9c1e0b7d: driver failed programming external"
                + " connectivity on endpoint shop-test-abcd1234-web-1 (5c1d0e9f8a7b6c5d): Bind for 127.0.0.1:8080"
                + " failed: port is already allocated";
        assertThat(PortConflict.explain(raw))
                .startsWith("host port 8080 is already in use on the engine")
                .contains("-Dstack.ports=random")
                .doesNotContain("3f2a9c1e0b7d", "5c1d0e9f8a7b6c5d");
    }

    @Test
    void addressInUseToo() {
        assertThat(PortConflict.explain("Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address"
                + " already in use")).startsWith("host port 5432 is already in use");
    }

    @Test
    void otherErrorsAreLeftAsTheyAre() {
        assertThat(PortConflict.explain("no such image")).isEqualTo("no such image");
    }
}
