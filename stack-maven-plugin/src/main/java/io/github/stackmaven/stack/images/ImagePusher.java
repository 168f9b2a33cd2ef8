package io.github.stackmaven.stack.images;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.PushEvent;
import io.github.stackmaven.stack.engine.PushFailedException;
import io.github.stackmaven.stack.engine.RegistryAuth;
import io.github.stackmaven.stack.event.EventSink;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pushes built images under their push names: tags each local image, looks up the registry's credentials once
 * (settings.xml, then docker's config.json), pushes with retries on transient faults and reports each layer's
 * state once. A registry that asks for credentials we do not have is skipped with a warning (an error when
 * strict); one that refuses the credentials we sent is an error that names where they came from.
 */
public final class ImagePusher {

    /** What the pusher needs from the engine. */
    public interface Transport {
        void tag(String imageId, ImageRef ref);

        /** Pushes and returns the digest; progress goes to {@code events}. */
        String push(ImageRef ref, Credentials credentials, Consumer<PushEvent> events);
    }

    /** One local image and the names to push it as. */
    public record Item(String imageId, List<ImageRef> refs) {
        public Item {
            refs = List.copyOf(refs);
        }
    }

    /** What happened: the pushed names with their digests, and the registries skipped for lack of credentials. */
    public record Report(Map<String, String> pushed, Set<String> skippedRegistries) {
    }

    private final Transport transport;
    private final CredentialSource credentials;
    private final RetryPolicy retry;
    private final RetryPolicy.Sleeper sleeper;
    private final EventSink events;
    private final Map<String, Optional<RegistryCredentials>> byRegistry = new HashMap<>();

    public ImagePusher(Transport transport, CredentialSource credentials, RetryPolicy retry,
                       RetryPolicy.Sleeper sleeper, EventSink events) {
        this.transport = transport;
        this.credentials = credentials;
        this.retry = retry;
        this.sleeper = sleeper;
        this.events = events;
    }

    /** The engine as a transport. */
    public static Transport transport(EngineClient engine) {
        return new Transport() {
            @Override
            public void tag(String imageId, ImageRef ref) {
                engine.tagImage(imageId, ref.familiarName(), ref.tag());
            }

            @Override
            public String push(ImageRef ref, Credentials c, Consumer<PushEvent> events) {
                RegistryAuth auth = c == null ? null : new RegistryAuth(c.serverAddress(), c.username(), c.password(),
                        c.identityToken());
                return engine.pushImage(ref.familiarName(), ref.tag(), auth, events);
            }
        };
    }

    public Report push(List<Item> items, boolean strict)
            throws ImagePushException, RegistryAuthException, CredentialsException, InterruptedException {
        Map<String, String> pushed = new java.util.LinkedHashMap<>();
        Set<String> skipped = new LinkedHashSet<>();
        for (Item item : items) {
            for (ImageRef ref : item.refs()) {
                String registry = ref.registry();
                if (skipped.contains(registry)) {
                    continue;
                }
                transport.tag(item.imageId(), ref);
                Optional<RegistryCredentials> found = credentialsFor(registry);
                try {
                    pushed.put(ref.toString(), pushWithRetries(ref, found.orElse(null)));
                } catch (ImagePushException e) {
                    if (e.kind() != ImagePushException.Kind.UNAUTHORIZED) {
                        throw e;
                    }
                    if (found.isPresent()) {
                        RegistryCredentials c = found.get();
                        throw new RegistryAuthException(registry, "The registry " + registry + " refused the"
                                + " credentials of user '" + c.credentials().username() + "' from " + c.source() + " ("
                                + e.error() + "); fix the user name or password there" + (c.source().startsWith(
                                "settings.xml") ? " (encrypted passwords: mvn --encrypt-password)" : ""));
                    }
                    String missing = "The registry " + registry + " asks for credentials and none were found (a"
                            + " settings.xml <server> with id '" + registry + "', or an entry in docker's config.json)";
                    if (strict) {
                        throw new RegistryAuthException(registry, missing + "; stack.push.strict is set");
                    }
                    events.warn(missing + ": not pushing to " + registry + "; the images stay built locally ("
                            + ref + "). Set stack.push.strict=true to make this an error.");
                    skipped.add(registry);
                }
            }
        }
        return new Report(pushed, skipped);
    }

    private Optional<RegistryCredentials> credentialsFor(String registry) throws CredentialsException {
        Optional<RegistryCredentials> known = byRegistry.get(registry);
        if (known == null) {
            known = credentials.find(registry);
            byRegistry.put(registry, known);
            events.info(known.map(c -> "Credentials for " + registry + ": user '" + c.credentials().username()
                    + "' from " + c.source()).orElse("No credentials for " + registry + "; pushing anonymously"));
        }
        return known;
    }

    private String pushWithRetries(ImageRef ref, RegistryCredentials found)
            throws ImagePushException, InterruptedException {
        Credentials c = found == null ? null : found.credentials();
        for (int attempt = 1; ; attempt++) {
            try {
                return pushOnce(ref, c);
            } catch (ImagePushException e) {
                if (attempt >= retry.maxAttempts() || e.kind() != ImagePushException.Kind.TRANSIENT) {
                    throw e;
                }
                Duration wait = retry.delayAfter(attempt);
                events.warn("Push of " + ref + " failed (" + e.error() + "); retrying in " + wait.toMillis()
                        + " ms (attempt " + (attempt + 1) + " of " + retry.maxAttempts() + ")");
                sleeper.sleep(wait);
            }
        }
    }

    private String pushOnce(ImageRef ref, Credentials c) throws ImagePushException {
        PushProgress progress = new PushProgress(line -> {
            if (line.endsWith(": Preparing") || line.endsWith(": Waiting") || line.endsWith(": Pushing")) {
                events.debug(line);
            } else {
                events.info(line);
            }
        }, new LayerProgress(events::info, line -> { })); // state changes are PushProgress's own lines
        events.info("Pushing " + ref);
        String digest;
        try {
            digest = transport.push(ref, c, progress::accept);
        } catch (PushFailedException e) {
            throw new ImagePushException(ref.toString(), mask(e.error(), c));
        } catch (EngineException e) {
            throw new ImagePushException(ref.toString(), mask(e.getMessage(), c));
        }
        events.info("Pushed " + ref + " (" + digest + ")");
        return digest;
    }

    /** Engines and registries do not echo secrets, but a message that did must not carry them further. */
    static String mask(String text, Credentials c) {
        if (text == null || c == null) {
            return text;
        }
        String out = text;
        for (String secret : List.of(c.password(), c.identityToken())) {
            if (!secret.isEmpty()) {
                out = out.replace(secret, "****");
            }
        }
        return out;
    }
}
