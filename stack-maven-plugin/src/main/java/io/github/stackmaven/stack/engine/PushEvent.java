package io.github.stackmaven.stack.engine;

/** What a push reports as it goes, decoded from the engine's answer to {@code POST /images/{name}/push}. */
public sealed interface PushEvent {

    /**
     * A message about the whole push ({@code The push refers to repository [localhost:5000/app]},
     * {@code 1.0: digest: sha256:… size: 739}), or a line of the answer that was not understood, as it came.
     */
    record Status(String line) implements PushEvent {
    }

    /**
     * A message about one layer ({@code Preparing}, {@code Waiting}, {@code Pushing}, {@code Pushed},
     * {@code Layer already exists}); while bytes move, how many of how many ({@code 0} when unknown).
     */
    record Layer(String layer, String status, long current, long total) implements PushEvent {
    }

    /** The registry accepted the manifest: the pushed tag (null when the engine did not say) and its digest. */
    record Digest(String tag, String digest) implements PushEvent {
    }
}
