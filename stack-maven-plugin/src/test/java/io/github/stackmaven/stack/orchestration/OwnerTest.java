package io.github.stackmaven.stack.orchestration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerTest {
    @Test
    void currentProcess_isAlive_andRoundTripsThroughItsLabel() {
        Owner me = Owner.current();
        assertThat(me.liveness()).isEqualTo(Owner.Liveness.ALIVE);
        assertThat(Owner.parse(me.label())).contains(me);
    }

    @Test
    void finishedProcessOnThisHost_isGone() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        Owner dead = new Owner(Owner.current().host(), p.pid());
        assertThat(dead.liveness()).isEqualTo(Owner.Liveness.GONE);
    }

    @Test
    void processOnAnotherHost_isUnknown() {
        assertThat(new Owner("elsewhere.example", 1).liveness()).isEqualTo(Owner.Liveness.UNKNOWN);
    }

    @Test
    void labelsWeDidNotWrite_areNotOwners() {
        assertThat(Owner.parse(null)).isEmpty();
        assertThat(Owner.parse("nohost")).isEmpty();
        assertThat(Owner.parse("host:")).isEmpty();
        assertThat(Owner.parse(":12")).isEmpty();
        assertThat(Owner.parse("host:abc")).isEmpty();
        assertThat(Owner.parse("my-host:12:34")).contains(new Owner("my-host:12", 34));
    }
}
