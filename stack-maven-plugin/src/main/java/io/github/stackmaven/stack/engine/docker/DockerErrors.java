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

    private static final java.util.regex.Pattern BIND = java.util.regex.Pattern.compile(
            "Bind for (\\[?[0-9A-Fa-f.:]*\\]?):(\\d+) failed: port is already allocated"
                    + "|listen (?:tcp|udp)[46]? (\\[?[0-9A-Fa-f.:]*\\]?):(\\d+): bind: address already in use");

    /**
     * The engine's text for a published port that is taken ({@code driver failed programming external connectivity
     * on endpoint x (8c1f…): Bind for 0.0.0.0:8080 failed: port is already allocated}) as one sentence naming the
     * host port and the fix, without endpoint and container ids; null for any other text.
     */
    static String portInUse(String apiMessage) {
        java.util.regex.Matcher m = BIND.matcher(apiMessage == null ? "" : apiMessage);
        if (!m.find()) {
            return null;
        }
        String address = m.group(1) != null ? m.group(1) : m.group(3);
        String port = m.group(2) != null ? m.group(2) : m.group(4);
        String on = address.isEmpty() || address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]")
                ? "" : " on " + address;
        return "host port " + port + on + " is already in use (by another container or program); stop what uses it,"
                + " or publish another host port (\"" + (Integer.parseInt(port) + 1) + ":<container port>\") or"
                + " none (\"<container port>\" alone) so that Docker picks a free one";
    }

    /** True for the engine's 409 when another client is already removing the object: the caller's goal is met. */
    static boolean removalInProgress(com.github.dockerjava.api.exception.DockerException e) {
        return e.getHttpStatus() == 409 && String.valueOf(e.getMessage()).contains("already in progress");
    }
}
