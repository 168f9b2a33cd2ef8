package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostUserTest {

    @Test
    void fromProcStatus_effectiveIds() {
        String status = "Name:\tjava\nUmask:\t0022\nUid:\t1000\t1001\t1001\t1001\nGid:\t100\t200\t200\t200\n";
        assertThat(HostUser.fromProcStatus(status)).containsExactly(java.util.Map.entry("UID", "1001"),
                java.util.Map.entry("GID", "200"));
    }

    @Test
    void fromProcStatus_missingLine_nothing() {
        assertThat(HostUser.fromProcStatus("Name:\tjava\nUid:\t1000\t1000\t1000\t1000\n")).isEmpty();
    }

    @Test
    void buildArgs_onLinux_matchesThisProcess() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").contains("Linux"));
        Process p = new ProcessBuilder("id", "-u").start();
        String uid = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(HostUser.buildArgs()).containsEntry("UID", uid).containsKey("GID");
    }
}
