package com.example.shop.notes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** Notes in PostgreSQL, table {@code notes}, created at start when missing. */
public final class JdbcNoteStore implements NoteStore {

    private static final Logger LOG = Logger.getLogger(JdbcNoteStore.class.getName());

    static final String SCHEMA = "CREATE TABLE IF NOT EXISTS notes ("
            + "id BIGSERIAL PRIMARY KEY, text TEXT NOT NULL, created TIMESTAMPTZ NOT NULL DEFAULT now())";

    private final String url;
    private final String user;
    private final String password;

    public JdbcNoteStore(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Creates the table, trying once a second for up to {@code attempts} seconds while the database starts. */
    public void migrate(int attempts) throws InterruptedException {
        for (int i = 1; ; i++) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute(SCHEMA);
                return;
            } catch (SQLException e) {
                if (i >= attempts) {
                    throw new StoreException("Cannot reach the database at " + url + ": " + e.getMessage(), e);
                }
                LOG.info("Database not reachable yet (" + e.getMessage() + "), retrying");
                Thread.sleep(1000);
            }
        }
    }

    @Override
    public Note create(String text) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO notes (text) VALUES (?) RETURNING id, text, created")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return note(r);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot store the note: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Note> find(long id) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT id, text, created FROM notes WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(note(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read note " + id + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Note> list(int limit) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "SELECT id, text, created FROM notes ORDER BY id DESC LIMIT ?")) {
            s.setInt(1, limit);
            List<Note> notes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    notes.add(note(r));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw new StoreException("Cannot list notes: " + e.getMessage(), e);
        }
    }

    @Override
    public void ping() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(url, user, password);
    }

    private static Note note(ResultSet r) throws SQLException {
        return new Note(r.getLong("id"), r.getString("text"), r.getTimestamp("created").toInstant());
    }

    /** The database failed or is out of reach. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
