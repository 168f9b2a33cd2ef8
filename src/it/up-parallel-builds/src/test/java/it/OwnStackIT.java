package it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OwnStackIT {
    @Test
    void exportedPortReachesThisBuildsOwnStack() throws Exception {
        String project = System.getProperty("stack.project");
        String served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(System.getProperty("web.url"))).build(), HttpResponse.BodyHandlers.ofString()).body().trim();
        assertEquals(docker("inspect", "-f", "{{.Config.Hostname}}", project + "-web-1"), served);
        // hold this stack until the other build's stack runs too, and record how many stacks of this project ran at
        // once
        long deadline = System.currentTimeMillis() + 300_000;
        long running;
        do {
            running = docker("ps", "-q", "--filter", "label=com.docker.compose.service=web",
                    "--filter", "name=up-parallel-builds-test-").lines().count();
            if (running < 2) {
                Thread.sleep(250);
            }
        } while (running < 2 && System.currentTimeMillis() < deadline);
        Files.writeString(Path.of(System.getProperty("report")), project + " " + running + "\n");
        assertEquals(2, running, "the other build's stack never ran beside this one");
        // a barrier: say "I saw both", then wait until the other build said so too, however slow it is (bounded).
        // Leaving earlier would let the other build wait for a stack that is gone.
        Path barrier = Path.of(System.getProperty("barrier"));
        Files.createDirectories(barrier);
        Files.writeString(barrier.resolve(project), "saw both\n");
        long seen;
        do {
            try (var files = Files.list(barrier)) {
                seen = files.count();
            }
            if (seen < 2) {
                Thread.sleep(250);
            }
        } while (seen < 2 && System.currentTimeMillis() < deadline);
        assertEquals(2, seen, "the other build never reached the barrier");
    }

    static String docker(String... args) throws Exception {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("docker"));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
