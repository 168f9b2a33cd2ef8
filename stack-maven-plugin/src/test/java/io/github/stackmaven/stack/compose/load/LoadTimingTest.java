package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.write.ComposeWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading the largest fixture combination (base file, extends, two environment files) warm is well under 100 ms (median of 20 runs after 30 warm-up loads). */
class LoadTimingTest {

    @TempDir
    Path tmp;

    @Test
    void largestLayoutCombinationLoadsWarmUnder100ms() {
        Path dir = Layouts.prepare("base-extends", tmp);
        String files = "docker-compose.dev.yml,docker-compose.test.yml";
        for (int i = 0; i < 30; i++) {
            Seeds.load(dir, files);
        }
        long[] nanos = new long[20];
        ComposeProject last = null;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            last = Seeds.load(dir, files);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double medianMs = nanos[nanos.length / 2] / 1e6;
        System.out.printf("LoadTimingTest: base-extends dev+test (%d services) warm load median %.2f ms, min %.2f ms%n",
                last.services().size(), medianMs, nanos[0] / 1e6);
        assertThat(last.services()).hasSize(9);
        assertThat(ComposeWriter.masked().toYaml(last)).contains("test-db:");
        assertThat(medianMs).isLessThan(100.0);
    }
}
