package io.github.stackmaven.stack.init;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HostIdsTest {
    @Test
    void readsTheEffectiveIdsFromProcStatus() {
        String status = "Name:\tjava\nUid:\t1000\t1001\t1001\t1001\nGid:\t100\t200\t200\t200\n";
        assertThat(HostIds.fromProcStatus(status)).contains(new HostIds("1001", "200"));
        assertThat(HostIds.fromProcStatus("Uid:\t0\t0\t0\t0\nGid:\t0\t0\t0\t0\n")).contains(new HostIds("0", "0"));
        assertThat(HostIds.fromProcStatus("Name:\tjava\n")).isEmpty();
    }

    @Test
    void currentIsNumeric() {
        HostIds ids = HostIds.current();
        assertThat(ids.uid()).matches("\\d+");
        assertThat(ids.gid()).matches("\\d+");
    }
}
