package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.plan.BuildSecret;
import io.github.stackmaven.stack.plan.ServicePlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the values of a service's build secrets just before its image is built, keyed by the id that
 * {@code RUN --mount=type=secret,id=...} names. A missing file or unset variable fails naming the service, the
 * secret and what to do; a value is never part of a message.
 */
final class BuildSecretValues {

    private BuildSecretValues() {
    }

    static Map<String, byte[]> read(ServicePlan s) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        for (BuildSecret secret : s.buildSecrets()) {
            String what = "Service " + s.name() + ": the build secret " + secret.id() + " (top-level secrets."
                    + secret.secret() + ") ";
            if (secret.file() != null) {
                try {
                    values.put(secret.id(), Files.readAllBytes(secret.file()));
                } catch (NoSuchFileException e) {
                    throw new StackException(what + "comes from the file " + secret.file() + ", which does not exist;"
                            + " create it or point secrets." + secret.secret() + ".file at another file");
                } catch (IOException e) {
                    throw new StackException(what + "cannot be read from " + secret.file() + ": " + e.getMessage());
                }
            } else if (secret.value() == null) {
                throw new StackException(what + "comes from the environment variable " + secret.variable()
                        + ", which is not set; set it (in the environment or the project's .env file) or point"
                        + " secrets." + secret.secret() + " at a file");
            } else {
                values.put(secret.id(), secret.value().getBytes(StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
