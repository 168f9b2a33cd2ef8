package com.example.shop.notes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP API against an in-memory store: no database, no container. */
class ServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final InMemoryStore store = new InMemoryStore();
    private Server server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private Server start(Map<String, String> env) throws Exception {
        server = Server.start(Config.fromEnvironment(env), store,
                new VersionInfo("{\"name\":\"app\",\"version\":\"1.2.3\",\"commit\":\"abc\"}"));
        return server;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    @Test
    void dockerflowEndpoints() throws Exception {
        start(Map.of("PORT", "0"));
        assertEquals(200, get("/__lbheartbeat__").statusCode());
        assertEquals(200, get("/__heartbeat__").statusCode());
        HttpResponse<String> version = get("/__version__");
        assertEquals(200, version.statusCode());
        assertTrue(version.body().contains("\"version\":\"1.2.3\""), version.body());
        assertTrue(HealthCheck.probe(server.port()));
    }

    @Test
    void heartbeatFailsWhenTheDatabaseDoes() throws Exception {
        store.down = true;
        start(Map.of("PORT", "0"));
        HttpResponse<String> heartbeat = get("/__heartbeat__");
        assertEquals(500, heartbeat.statusCode());
        assertTrue(heartbeat.body().contains("connection refused"), heartbeat.body());
        assertEquals(200, get("/__lbheartbeat__").statusCode(), "the process itself is fine");
    }

    @Test
    void createReadAndList() throws Exception {
        start(Map.of("PORT", "0"));
        HttpResponse<String> created = post("/notes", "buy \"milk\"\n", null);
        assertEquals(201, created.statusCode());
        assertEquals("/notes/1", created.headers().firstValue("Location").orElseThrow());
        assertTrue(created.body().startsWith("{\"id\":1,\"text\":\"buy \\\"milk\\\"\""), created.body());
        assertEquals(200, get("/notes/1").statusCode());
        assertEquals(404, get("/notes/2").statusCode());
        assertEquals(404, get("/notes/x").statusCode());
        post("/notes", "second", null);
        String list = get("/notes").body();
        assertTrue(list.startsWith("[{\"id\":2,"), list);
        assertEquals(400, post("/notes", "  ", null).statusCode());
    }

    @Test
    void anApiKeyProtectsWrites() throws Exception {
        start(Map.of("PORT", "0", "API_KEY", "k3y"));
        assertEquals(401, post("/notes", "x", null).statusCode());
        assertEquals(401, post("/notes", "x", "Bearer wrong").statusCode());
        assertEquals(201, post("/notes", "x", "Bearer k3y").statusCode());
        assertEquals(200, get("/notes/1").statusCode(), "reads stay open");
    }

    @Test
    void healthCheckFailsWithoutAServer() {
        assertEquals(false, HealthCheck.probe(1));
    }

    static final class InMemoryStore implements NoteStore {
        final List<Note> notes = new ArrayList<>();
        boolean down;

        @Override
        public synchronized Note create(String text) {
            Note n = new Note(notes.size() + 1, text, Instant.now());
            notes.add(n);
            return n;
        }

        @Override
        public synchronized Optional<Note> find(long id) {
            return notes.stream().filter(n -> n.id() == id).findFirst();
        }

        @Override
        public synchronized List<Note> list(int limit) {
            return notes.stream().sorted(Comparator.comparingLong(Note::id).reversed()).limit(limit).toList();
        }

        @Override
        public void ping() {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
        }
    }
}
