package io.github.stackmaven.stack.images;

import java.util.Objects;

/**
 * Registry credentials: a user name with a password, or an identity token (OAuth refresh token, shown by
 * helpers as user {@code <token>}). {@link #toString()} never shows the secret.
 */
public final class Credentials {

    private final String serverAddress;
    private final String username;
    private final String password;
    private final String identityToken;

    private Credentials(String serverAddress, String username, String password, String identityToken) {
        this.serverAddress = Objects.requireNonNull(serverAddress, "serverAddress");
        this.username = username == null ? "" : username;
        this.password = password == null ? "" : password;
        this.identityToken = identityToken == null ? "" : identityToken;
    }

    public static Credentials basic(String serverAddress, String username, String password) {
        return new Credentials(serverAddress, username, password, null);
    }

    public static Credentials identityToken(String serverAddress, String username, String token) {
        return new Credentials(serverAddress, username, null, token);
    }

    public String serverAddress() {
        return serverAddress;
    }

    public String username() {
        return username;
    }

    /** The password; empty with an identity token. Never log it. */
    public String password() {
        return password;
    }

    /** The identity token, or empty. Never log it. */
    public String identityToken() {
        return identityToken;
    }

    public boolean hasIdentityToken() {
        return !identityToken.isEmpty();
    }

    @Override
    public String toString() {
        return "Credentials[server=" + serverAddress + ", username=" + username
                + (hasIdentityToken() ? ", identityToken=****" : ", password=" + (password.isEmpty() ? "" : "****"))
                + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Credentials c && serverAddress.equals(c.serverAddress) && username.equals(c.username)
                && password.equals(c.password) && identityToken.equals(c.identityToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serverAddress, username, password, identityToken);
    }
}
