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
        // hold the stack a moment, and record how many stacks of this project run right now
        Thread.sleep(4000);
        String running = docker("ps", "-q", "--filter", "label=com.docker.compose.service=web",
                "--filter", "name=up-parallel-builds-test-");
        Files.writeString(Path.of(System.getProperty("report")), project + " " + running.lines().count() + "\n");
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
