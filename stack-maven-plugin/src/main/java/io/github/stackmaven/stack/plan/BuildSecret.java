package io.github.stackmaven.stack.plan;

import java.nio.file.Path;

/**
 * One secret a service's {@code build:} mounts ({@code build.secrets}): the id the Dockerfile's
 * {@code RUN --mount=type=secret,id=...} names (the reference's {@code target}, else its {@code source}) and where
 * the top-level secret takes its value: a file or a variable of the project environment. The value is read only
 * when the image is built; {@link #toString()} never shows it.
 *
 * @param id       the mount's id
 * @param secret   the top-level secret's key ({@code secrets.<secret>})
 * @param file     the secret's absolute file, or null
 * @param variable the secret's environment variable, or null
 * @param value    the variable's value in the project environment; null when it is not set (or for a file)
 */
public record BuildSecret(String id, String secret, Path file, String variable, String value) {

    @Override
    public String toString() {
        return "BuildSecret[id=" + id + ", secret=" + secret + ", " + (file != null ? "file=" + file
                : "variable=" + variable) + "]";
    }
}
