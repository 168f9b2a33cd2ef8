package io.github.stackmaven.stack.engine.docker;

import java.util.Locale;

/** Turns transport exceptions (JNA socket errors, HttpClient I/O) into the short reason a user can act on. */
final class DockerErrors {
    private DockerErrors() {
    }

    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = String.valueOf(root.getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("[13]") || lower.contains("permission denied")) {
            return "permission denied (add your user to the group that owns the socket, e.g. `docker`, or use"
                    + " rootless Docker)";
        }
        if (lower.contains("[111]") || lower.contains("connection refused")) {
            return "connection refused (no engine is listening there)";
        }
        if (lower.contains("[2]") || lower.contains("no such file")) {
            return "no such socket";
        }
        if (root instanceof java.net.UnknownHostException) {
            return "unknown host " + text;
        }
        if (root instanceof java.net.SocketTimeoutException || lower.contains("timed out")) {
            return "timed out";
        }
        return root.getClass().getSimpleName() + ": " + text;
    }

    /**
     * True when the transport itself failed (reset, closed, refused, end of stream): the connection to an engine that
     * answered before is gone. An error the engine answered with is a {@code DockerException}, never this.
     */
    static boolean isConnectionLost(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException && !(t instanceof java.io.InterruptedIOException)) {
                return true;
            }
        }
        return false;
    }

    /** The engine's own message from an API error body ({@code {"message":"..."}}), without the HTTP framing. */
    static String apiMessage(com.github.dockerjava.api.exception.DockerException e) {
        String text = String.valueOf(e.getMessage());
        int json = text.indexOf("{\"message\":\"");
        if (json >= 0) {
            int start = json + 12;
            int end = text.lastIndexOf("\"}");
            if (end > start) {
                return text.substring(start, end).replace("\\\"", "\"");
            }
        }
        return "HTTP " + e.getHttpStatus() + ": " + text.trim();
    }
}
