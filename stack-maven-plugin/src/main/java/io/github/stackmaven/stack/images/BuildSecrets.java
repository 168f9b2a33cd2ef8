package io.github.stackmaven.stack.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The build secrets of the {@code <secrets>} configuration, read into memory for the build session: each id
 * ({@code RUN --mount=type=secret,id=<id>}) names a file (relative to the project directory) or {@code env:NAME},
 * an environment variable. The values are never logged nor written anywhere.
 */
public final class BuildSecrets {

    private BuildSecrets() {
    }

    /** Reads every secret; a missing file or variable fails naming the secret and what to do. */
    public static Map<String, byte[]> read(Map<String, String> config, Map<String, String> env, Path basedir)
            throws BuildSecretException {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        if (config == null) {
            return secrets;
        }
        for (Map.Entry<String, String> e : config.entrySet()) {
            String id = e.getKey();
            String source = e.getValue() == null ? "" : e.getValue().trim();
            if (source.isEmpty()) {
                throw new BuildSecretException(id, "has no source: give a file path or env:NAME");
            }
            if (source.startsWith("env:")) {
                String name = source.substring(4);
                String value = env.get(name);
                if (value == null) {
                    throw new BuildSecretException(id, "comes from the environment variable " + name
                            + ", which is not set; set it or point the secret at a file");
                }
                secrets.put(id, value.getBytes(StandardCharsets.UTF_8));
                continue;
            }
            Path file = basedir.resolve(source).normalize();
            try {
                secrets.put(id, Files.readAllBytes(file));
            } catch (NoSuchFileException x) {
                throw new BuildSecretException(id, "comes from the file " + file + ", which does not exist");
            } catch (IOException x) {
                throw new BuildSecretException(id, "cannot be read from " + file + ": " + x.getMessage());
            }
        }
        return secrets;
    }
}
