package io.github.stackmaven.stack.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code docker-credential-<name> get}: writes the server URL on stdin, reads
 * {@code {"ServerURL","Username","Secret"}} from stdout. User {@code <token>} means the secret is an identity
 * token; the message {@code credentials not found in native keychain} means no credentials.
 */
public final class ProcessCredentialHelper implements CredentialHelper {

    static final String TOKEN_USERNAME = "<token>";
    static final String NOT_FOUND = "credentials not found in native keychain";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final List<Path> searchPath;
    private final Duration timeout;

    /** @param searchPath directories searched for the executable, in order (like PATH) */
    public ProcessCredentialHelper(String name, List<Path> searchPath, Duration timeout) {
        this.name = name;
        this.searchPath = List.copyOf(searchPath);
        this.timeout = timeout;
    }

    /** The helper found on the PATH of this process. */
    public static ProcessCredentialHelper onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        List<Path> dirs = java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(s -> !s.isEmpty()).map(Path::of).toList();
        return new ProcessCredentialHelper(name, dirs, Duration.ofSeconds(30));
    }

    public String program() {
        return "docker-credential-" + name;
    }

    @Override
    public Optional<Credentials> get(String serverUrl) throws CredentialsException {
        Path exe = locate().orElseThrow(() -> new CredentialsException(serverUrl,
                program() + " is configured in docker's config.json but was not found on the PATH"));
        Process process;
        try {
            process = new ProcessBuilder(exe.toString(), "get").start();
        } catch (IOException e) {
            throw new CredentialsException(serverUrl, "cannot run " + exe + ": " + e.getMessage(), e);
        }
        try {
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(serverUrl.getBytes(StandardCharsets.UTF_8));
            }
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CredentialsException(serverUrl, program() + " did not answer within " + timeout);
            }
            String out = new String(stdout, StandardCharsets.UTF_8).trim();
            if (process.exitValue() != 0) {
                if (out.equals(NOT_FOUND)) {
                    return Optional.empty();
                }
                String err = new String(stderr.join(), StandardCharsets.UTF_8).trim();
                throw new CredentialsException(serverUrl, program() + " get failed (exit " + process.exitValue()
                        + "): " + (out.isEmpty() ? err : out));
            }
            return Optional.of(parse(serverUrl, out));
        } catch (IOException e) {
            throw new CredentialsException(serverUrl, program() + " get failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException(serverUrl, "interrupted while waiting for " + program(), e);
        } finally {
            process.destroy();
        }
    }

    private Credentials parse(String serverUrl, String out) throws CredentialsException {
        JsonNode node;
        try {
            node = JSON.readTree(out);
        } catch (IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new CredentialsException(serverUrl, program() + " get did not answer with a JSON object");
        }
        String username = node.path("Username").asText("");
        String secret = node.path("Secret").asText("");
        String server = node.path("ServerURL").asText(serverUrl);
        return username.equals(TOKEN_USERNAME)
                ? Credentials.identityToken(server, "", secret)
                : Credentials.basic(server, username, secret);
    }

    private Optional<Path> locate() {
        return searchPath.stream().map(dir -> dir.resolve(program())).filter(Files::isExecutable).findFirst();
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
