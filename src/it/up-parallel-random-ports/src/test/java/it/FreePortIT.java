package it;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FreePortIT {
    @Test
    void theExportedPortIsAFreeOne_andReachesThisBuildsStack() throws Exception {
        String port = System.getProperty("web.port");
        assertNotEquals("18431", port, "the fixed host port was kept");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(System.getProperty("web.url"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String project = System.getProperty("stack.project");
        Files.writeString(Path.of(System.getProperty("report")), project + " " + port + " " + r.body().trim());
    }
}
