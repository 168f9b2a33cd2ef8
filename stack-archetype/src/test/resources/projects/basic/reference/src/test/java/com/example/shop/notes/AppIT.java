package com.example.shop.notes;

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
 * Runs in {@code mvn verify} against the test stack ({@code docker-compose.test.yml}): the app container built at
 * package and its database. stack:up exports where they listen; failsafe passes it on (see pom.xml).
 */
class AppIT {

    private static final String APP = System.getProperty("app.url");
    private static final String DB = System.getProperty("db.url");
    private static final String DB_USER = System.getProperty("db.user");
    private static final String DB_PASSWORD = System.getProperty("db.password");

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create(APP + path));
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
        assertTrue(version.body().contains("\"version\": \"" + System.getProperty("app.version") + "\""),
                version.body());
    }

    @Test
    void aNoteWrittenThroughTheApiIsInTheDatabase() throws Exception {
        String text = "written through the API " + System.nanoTime();
        HttpResponse<String> created = send(at("/notes").POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertTrue(id.find(), created.body());
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
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
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
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
