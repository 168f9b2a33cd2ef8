package it;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs between up and down: waits until `late` has printed the line it prints seconds after up returned. */
class LateLineIT {
    @Test
    void theLateLineIsPrintedWhileTheStackRuns() throws Exception {
        String container = System.getProperty("stack.project") + "-late-1";
        long deadline = System.currentTimeMillis() + 120_000;
        String logs;
        do {
            Process p = new ProcessBuilder("docker", "logs", container).redirectErrorStream(true).start();
            logs = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            if (!logs.contains("printed after up returned")) {
                Thread.sleep(500);
            }
        } while (!logs.contains("printed after up returned") && System.currentTimeMillis() < deadline);
        assertTrue(logs.contains("printed after up returned"), logs);
    }
}
