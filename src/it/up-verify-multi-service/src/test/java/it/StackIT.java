package it;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs while the test stack is up: reaches it through the properties stack:up exported. */
class StackIT {

    @Test
    void webAnswersOnTheExportedPort() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(System.getProperty("web.url"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("hello from web", r.body().trim());
    }

    @Test
    void databaseWasMigratedBeforeWebStarted() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("db.url"), "app", "secret");
             ResultSet rs = c.createStatement().executeQuery("SELECT name FROM items WHERE id = 1")) {
            assertTrue(rs.next());
            assertEquals("migrated", rs.getString(1));
        }
    }

    @Test
    void engineStateIsWhatTheComposeFileSays() throws Exception {
        String project = System.getProperty("stack.project");
        assertTrue(project.startsWith("up-verify-multi-service-test-"), project);
        // tmpfs data directory, compose labels, ports bound to loopback only in the test environment on a local
        // engine; a remote one (tcp://, the CI lane over TLS) keeps compose's meaning: all interfaces
        String dockerHost = System.getenv().getOrDefault("DOCKER_HOST", "");
        String expectedHostIp = dockerHost.startsWith("tcp://") ? "0.0.0.0" : "127.0.0.1";
        assertEquals("tmpfs", docker("inspect", "-f",
                "{{range .Mounts}}{{if eq .Destination \"/var/lib/postgresql/data\"}}{{.Type}}{{end}}{{end}}"
                        + "{{range $k, $v := .HostConfig.Tmpfs}}{{$k}}{{end}}", project + "-db-1").contains(
                "/var/lib/postgresql/data") ? "tmpfs" : "none");
        assertEquals("db", docker("inspect", "-f", "{{index .Config.Labels \"com.docker.compose.service\"}}",
                project + "-db-1"));
        assertEquals(expectedHostIp, docker("inspect", "-f", "{{(index (index .NetworkSettings.Ports \"8080/tcp\") 0).HostIp}}",
                project + "-web-1"));
        String aliases = docker("inspect", "-f", "{{json (index .NetworkSettings.Networks \"" + project
                + "_edge\").Aliases}}", project + "-web-1");
        assertTrue(aliases.contains("\"frontend\""), aliases);
        // the one-shots ran to completion
        assertEquals("exited 0", docker("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", project + "-migrate-1"));
        assertEquals("exited 0", docker("inspect", "-f", "{{.State.Status}} {{.State.ExitCode}}", project + "-probe-1"));
    }

    @Test
    void dockerComposeSeesTheStackThroughItsLabels() throws Exception {
        // docker-compose v1 (the engine script installs it) finds the stack by compose's labels, as v2 does. Over
        // TLS (the remote lane) v1's Python client rejects the engine's certificate chain that the docker CLI
        // accepts, so that lane asks compose v2 (`docker compose`), which reads DOCKER_CERT_PATH as the CLI does.
        boolean tls = System.getenv().getOrDefault("DOCKER_HOST", "").startsWith("tcp://");
        if (tls) {
            System.out.println("StackIT: remote TLS engine: checking the labels with docker compose v2, not v1");
        }
        List<String> compose = tls ? List.of("docker", "compose") : List.of("docker-compose");
        List<String> cmd = new java.util.ArrayList<>(compose);
        cmd.addAll(List.of("-p", System.getProperty("stack.project"), "-f", "compose.yaml", "ps", "--services"));
        if (tls) {
            cmd.add("--all"); // v2 lists running containers only; v1 lists the exited one-shots too
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        assertEquals(List.of("db", "migrate", "probe", "web"), out.lines().sorted().toList(), out);
    }

    static String docker(String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of("docker"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
