package io.github.stackmaven.stack.service;

import java.util.Optional;

/**
 * The build tool's own registry logins, by server id (Maven: the settings.xml {@code <server>} entries, passwords
 * decrypted). {@link ImageService} asks for the registry host's id, or the configured server id, before docker's
 * config.json.
 */
@FunctionalInterface
public interface ServerLogins {

    /** No logins of the tool's own. */
    ServerLogins NONE = id -> Optional.empty();

    /**
     * The login of server {@code id}, or empty when the tool has none.
     *
     * @throws IllegalStateException a complete message, naming the server but no secret, when the login exists
     *                               but cannot be read (a password that cannot be decrypted)
     */
    Optional<Login> find(String id);

    /** A username and password, and where they came from for messages (never the password). */
    record Login(String username, String password, String origin) {
        @Override
        public String toString() {
            return "Login[" + username + " from " + origin + "]";
        }
    }
}
