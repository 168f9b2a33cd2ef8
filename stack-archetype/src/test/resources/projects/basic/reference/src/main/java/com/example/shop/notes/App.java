package com.example.shop.notes;

import java.util.logging.Logger;

/**
 * Entry point: {@code java -jar app.jar} serves the API; {@code java -jar app.jar --healthcheck} asks a running
 * instance for {@code /__lbheartbeat__} and exits 0 when it answers (the image's HEALTHCHECK, which needs no curl).
 */
public final class App {

    private static final Logger LOG = Logger.getLogger(App.class.getName());

    private App() {
    }

    public static void main(String[] args) throws Exception {
        Config config = Config.fromEnvironment(System.getenv());
        if (args.length > 0 && args[0].equals("--healthcheck")) {
            System.exit(HealthCheck.probe(config.port()) ? 0 : 1);
        }
        JdbcNoteStore store = new JdbcNoteStore(config.databaseUrl(), config.databaseUser(),
                config.databasePassword());
        store.migrate(30);
        Server server = Server.start(config, store, VersionInfo.fromClasspath());
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        LOG.info(() -> "Listening on port " + server.port() + ", version " + VersionInfo.fromClasspath().version());
    }
}
