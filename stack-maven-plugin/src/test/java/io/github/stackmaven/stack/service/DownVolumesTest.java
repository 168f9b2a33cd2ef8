package io.github.stackmaven.stack.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A dev or prod database goes only with stack.removeVolumes=true and the environment named explicitly. */
class DownVolumesTest {

    @Test
    void devVolumesNeedBothSwitches() {
        assertThat(DownCommand.removesNamedVolumes(true, "dev", true)).isTrue();
        assertThat(DownCommand.removesNamedVolumes(true, "prod", true)).isTrue();
        assertThat(DownCommand.removesNamedVolumes(false, "dev", true)).isFalse();
        assertThat(DownCommand.removesNamedVolumes(true, "dev", false)).isFalse();
    }

    @Test
    void testAndCiVolumesAreDisposable() {
        assertThat(DownCommand.removesNamedVolumes(false, "test", false)).isTrue();
        assertThat(DownCommand.removesNamedVolumes(false, "ci", false)).isTrue();
    }
}
