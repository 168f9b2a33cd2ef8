package ${package};

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The HTTP API on the JDK's built-in server:
 * <ul>
 *   <li>{@code POST /notes} (body: the text) creates a note, {@code GET /notes} lists the newest,
 *       {@code GET /notes/<id>} reads one;</li>
 *   <li>Dockerflow: {@code /__lbheartbeat__} (the process answers), {@code /__heartbeat__} (the database answers
 *       too), {@code /__version__} (version.json).</li>
 * </ul>
 */
public final class Server {

    private static final Logger LOG = Logger.getLogger(Server.class.getName());
    static final int MAX_TEXT = 1000;

    private final HttpServer http;
    private final ExecutorService executor;

    private Server(HttpServer http, ExecutorService executor) {
        this.http = http;
        this.executor = executor;
    }

    public static Server start(Config config, NoteStore store, VersionInfo version) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(config.port()), 0);
        ExecutorService executor = Executors.newFixedThreadPool(8);
        http.setExecutor(executor);
        http.createContext("/__lbheartbeat__", ex -> send(ex, 200, "{\"status\":\"ok\"}"));
        http.createContext("/__heartbeat__", ex -> {
            try {
                store.ping();
                send(ex, 200, "{\"status\":\"ok\",\"checks\":{\"database\":\"ok\"}}");
            } catch (RuntimeException e) {
                send(ex, 500, "{\"status\":\"error\",\"checks\":{\"database\":" + Json.string("error: "
                        + e.getMessage()) + "}}");
            }
        });
        http.createContext("/__version__", ex -> send(ex, 200, version.json()));
        http.createContext("/notes", ex -> {
            try {
                notes(ex, store, config.apiKey());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Request failed: " + ex.getRequestURI(), e);
                send(ex, 500, "{\"error\":" + Json.string(e.getMessage() == null ? e.toString() : e.getMessage())
                        + "}");
            }
        });
        http.start();
        return new Server(http, executor);
    }

    private static void notes(HttpExchange ex, NoteStore store, String apiKey) throws IOException {
        String path = ex.getRequestURI().getPath();
        String method = ex.getRequestMethod();
        if (path.equals("/notes") || path.equals("/notes/")) {
            if (method.equals("POST")) {
                if (apiKey != null && !("Bearer " + apiKey).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                    send(ex, 401, "{\"error\":\"send Authorization: Bearer <API_KEY>\"}");
                    return;
                }
                String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (text.isEmpty() || text.length() > MAX_TEXT) {
                    send(ex, 400, "{\"error\":\"the body is the note's text, 1 to " + MAX_TEXT + " characters\"}");
                    return;
                }
                Note note = store.create(text);
                ex.getResponseHeaders().set("Location", "/notes/" + note.id());
                send(ex, 201, note.toJson());
            } else if (method.equals("GET")) {
                List<Note> notes = store.list(100);
                send(ex, 200, notes.stream().map(Note::toJson).collect(Collectors.joining(",", "[", "]")));
            } else {
                send(ex, 405, "{\"error\":\"use GET or POST\"}");
            }
            return;
        }
        String id = path.substring("/notes/".length());
        if (!method.equals("GET") || !id.matches("\\d{1,18}")) {
            send(ex, 404, "{\"error\":\"not found\"}");
            return;
        }
        var note = store.find(Long.parseLong(id));
        if (note.isPresent()) {
            send(ex, 200, note.get().toJson());
        } else {
            send(ex, 404, "{\"error\":\"no note " + id + "\"}");
        }
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public void stop() {
        http.stop(1);
        executor.shutdownNow();
    }
}
