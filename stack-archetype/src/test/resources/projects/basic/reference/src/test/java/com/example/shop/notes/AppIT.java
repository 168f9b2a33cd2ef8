package com.example.shop.notes;

import io.github.stackmaven.stack.junit.Stack;
import io.github.stackmaven.stack.junit.StackHost;
import io.github.stackmaven.stack.junit.StackPort;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs against the test stack ({@code docker-compose.test.yml}): the app container built at package and its
 * database. In {@code mvn verify}, stack:up starts it before the integration tests and @Stack finds it; run alone
 * (from the IDE after {@code mvn package}, or {@code mvn failsafe:integration-test}), @Stack starts the same stack
 * and removes it after the tests. Either way the fields below say where it listens.
 */
@Stack
class AppIT {

    /** docker-compose.test.yml's database credentials */
    private static final String DB_USER = "app";
    private static final String DB_PASSWORD = "test";

    @StackHost("app")
    String appHost;
    @StackPort("app")
    int appPort;
    @StackHost("db")
    String dbHost;
    @StackPort(value = "db", containerPort = 5432)
    int dbPort;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://" + appHost + ":" + appPort + path));
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://" + dbHost + ":" + dbPort + "/app", DB_USER,
                DB_PASSWORD);
    }

    @Test
    void theContainerIsUpAndReachesItsDatabase() throws Exception {
        assertEquals(200, send(at("/__lbheartbeat__")).statusCode());
        HttpResponse<String> heartbeat = send(at("/__heartbeat__"));
        assertEquals(200, heartbeat.statusCode(), heartbeat.body());
        assertTrue(heartbeat.body().contains("\"database\":\"ok\""), heartbeat.body());
    }

    @Test
    void versionIsThisBuilds() throws Exception {
        HttpResponse<String> version = send(at("/__version__"));
        assertEquals(200, version.statusCode());
        // failsafe passes the POM's version; an IDE that does not import failsafe's settings may not
        String expected = System.getProperty("app.version");
        assertTrue(version.body().contains(expected != null ? "\"version\": \"" + expected + "\"" : "\"version\": "),
                version.body());
    }

    @Test
    void aNoteWrittenThroughTheApiIsInTheDatabase() throws Exception {
        String text = "written through the API " + System.nanoTime();
        HttpResponse<String> created = send(at("/notes").POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("SELECT text FROM notes WHERE id = ?")) {
            s.setLong(1, Long.parseLong(id.group(1)));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "no row for " + created.body());
                assertEquals(text, r.getString(1));
            }
        }
    }

    @Test
    void aRowWrittenToTheDatabaseIsServedByTheApi() throws Exception {
        long id;
        try (Connection c = database();
             PreparedStatement s = c.prepareStatement("INSERT INTO notes (text) VALUES ('from JDBC') RETURNING id");
             ResultSet r = s.executeQuery()) {
            r.next();
            id = r.getLong(1);
        }
        HttpResponse<String> note = send(at("/notes/" + id));
        assertEquals(200, note.statusCode());
        assertTrue(note.body().contains("\"text\":\"from JDBC\""), note.body());
    }
}
