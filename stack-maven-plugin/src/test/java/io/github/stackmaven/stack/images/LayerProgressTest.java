package io.github.stackmaven.stack.images;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayerProgressTest {
    private static final long MIB = 1024 * 1024;
    private final List<String> info = new ArrayList<>();
    private final List<String> debug = new ArrayList<>();
    private long now;
    private final LayerProgress progress = new LayerProgress(info::add, debug::add, () -> now,
            Duration.ofSeconds(5));

    private void at(double seconds, String id, String status, long current, long total) {
        now = (long) (seconds * 1e9);
        progress.update(id, status, current, total);
    }

    @Test
    void aSlowLayerGetsALineEveryFewSecondsWithItsBytes_thenOneWhenDone() {
        at(0, "3f2a1b2c3d4e", "Pulling fs layer", 0, 0);
        at(0.5, "3f2a1b2c3d4e", "Downloading", MIB, 48 * MIB);
        at(3, "3f2a1b2c3d4e", "Downloading", 6 * MIB, 48 * MIB);
        at(5.6, "3f2a1b2c3d4e", "Downloading", (long) (12.3 * MIB), 48 * MIB);
        at(7, "3f2a1b2c3d4e", "Downloading", 20 * MIB, 48 * MIB);
        at(10.7, "3f2a1b2c3d4e", "Downloading", 40 * MIB, 48 * MIB);
        at(11, "3f2a1b2c3d4e", "Verifying Checksum", 0, 0);
        at(11, "3f2a1b2c3d4e", "Download complete", 0, 0);
        assertThat(info).containsExactly(
                "pulling 3f2a1b2c3d4e: 12.3 MiB / 48.0 MiB",
                "pulling 3f2a1b2c3d4e: 40.0 MiB / 48.0 MiB",
                "downloaded 3f2a1b2c3d4e: 48.0 MiB");
        assertThat(debug).containsExactly("3f2a1b2c3d4e: Pulling fs layer", "3f2a1b2c3d4e: Downloading",
                "3f2a1b2c3d4e: Verifying Checksum");
    }

    @Test
    void aLayerThatFinishesQuicklyStaysAtDebug() {
        at(0, "aa11", "Downloading", 100, 2048);
        at(1, "aa11", "Download complete", 0, 0);
        at(1.5, "aa11", "Extracting", 2048, 2048);
        at(2, "aa11", "Pull complete", 0, 0);
        at(2, "bb22", "Already exists", 0, 0);
        assertThat(info).isEmpty();
        assertThat(debug).containsExactly("aa11: Downloading", "aa11: Download complete", "aa11: Extracting",
                "aa11: Pull complete", "bb22: Already exists");
    }

    @Test
    void layersAreTimedEachOnTheirOwn_andExtractionCountsToo() {
        at(0, "big", "Downloading", MIB, 900 * MIB);
        at(1, "small", "Downloading", 10, 500);
        at(5, "big", "Downloading", 300 * MIB, 900 * MIB);
        at(5.5, "small", "Download complete", 0, 0);
        at(9, "big", "Download complete", 0, 0);
        at(9, "big", "Extracting", 32 * MIB, 900 * MIB);
        at(14.5, "big", "Extracting", 1200 * MIB, 1200 * MIB);
        at(15, "big", "Pull complete", 0, 0);
        assertThat(info).containsExactly(
                "pulling big: 300.0 MiB / 900.0 MiB",
                "downloaded big: 900.0 MiB",
                "extracting big: 1.2 GiB / 1.2 GiB",
                "pulled big: 1.2 GiB");
    }

    @Test
    void pushingUsesTheSameRhythm_andAnUnknownTotalIsLeftOut() {
        at(0, "5f9e0cb387ef", "Pushing", 512, 0);
        at(6, "5f9e0cb387ef", "Pushing", 3 * 1024, 0);
        assertThat(info).containsExactly("pushing 5f9e0cb387ef: 3.0 KiB");
    }

    @Test
    void messagesAboutTheWholeImageAreNotLayers() {
        assertThat(progress.update("", "Digest: sha256:abc", 0, 0)).isFalse();
        assertThat(progress.layerCount()).isZero();
        assertThat(LayerProgress.mib(512)).isEqualTo("512 B");
    }
}
