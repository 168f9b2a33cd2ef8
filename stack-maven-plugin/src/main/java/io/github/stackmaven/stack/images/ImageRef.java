package io.github.stackmaven.stack.images;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An image reference as the docker CLI reads it ({@code distribution/reference}): optional registry host
 * (with port), repository path, tag and digest. The first path element is a registry only when it contains
 * '.' or ':' or is {@code localhost}; otherwise the image is on Docker Hub ({@code docker.io}, with
 * {@code library/} added to single-element names).
 */
public final class ImageRef {

    public static final String DOCKER_HUB = "docker.io";

    private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    private static final Pattern PATH = Pattern.compile(COMPONENT + "(?:/" + COMPONENT + ")*");
    private static final Pattern HOST = Pattern.compile(
            "(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*"
                    + "[a-zA-Z0-9]))*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?");
    private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile(
            "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");

    private final String registry;
    private final String repository;
    private final String tag;
    private final String digest;

    private ImageRef(String registry, String repository, String tag, String digest) {
        this.registry = registry;
        this.repository = repository;
        this.tag = tag;
        this.digest = digest;
    }

    public static ImageRef parse(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidImageReferenceException(String.valueOf(reference), "is not an image name (empty)");
        }
        String rest = reference;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(digest).matches()) {
                throw new InvalidImageReferenceException(reference, "has an invalid digest '" + digest + "'");
            }
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
            checkTag(tag);
        }
        String registry = DOCKER_HUB;
        String path = rest;
        int slash = rest.indexOf('/');
        if (slash > 0) {
            String first = rest.substring(0, slash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.equals(first.toLowerCase(java.util.Locale.ROOT))) {
                registry = first;
                path = rest.substring(slash + 1);
                if (!HOST.matcher(registry).matches()) {
                    throw new InvalidImageReferenceException(reference, "has an invalid registry '" + registry + "'");
                }
            }
        }
        if (registry.equals("index.docker.io")) {
            registry = DOCKER_HUB;
        }
        if (!path.equals(path.toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidImageReferenceException(reference, "has upper-case letters in its repository name");
        }
        if (!PATH.matcher(path).matches()) {
            throw new InvalidImageReferenceException(reference,
                    "is not a valid repository name (lower-case letters, digits and separators . _ __ - /)");
        }
        if (registry.equals(DOCKER_HUB) && !path.contains("/")) {
            path = "library/" + path;
        }
        if (registry.length() + 1 + path.length() > 255) {
            throw new InvalidImageReferenceException(reference, "is longer than 255 characters");
        }
        return new ImageRef(registry, path, tag, digest);
    }

    /** Throws unless {@code tag} is a valid image tag ({@code [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}}). */
    public static String checkTag(String tag) {
        if (tag == null || !TAG.matcher(tag).matches()) {
            throw new InvalidImageReferenceException(String.valueOf(tag), "is not a valid image tag (letters, digits,"
                    + " '_', '.', '-'; not starting with '.' or '-'; at most 128 characters)");
        }
        return tag;
    }

    public ImageRef withTag(String newTag) {
        return new ImageRef(registry, repository, checkTag(newTag), null);
    }

    /**
     * The same repository path in another registry ({@code app} in {@code registry.example.com:5000} is
     * {@code registry.example.com:5000/app}; Docker Hub's {@code library/} prefix is dropped), without digest.
     */
    public ImageRef inRegistry(String host) {
        String path = registry.equals(DOCKER_HUB) && repository.startsWith("library/")
                ? repository.substring("library/".length()) : repository;
        ImageRef moved = parse(host.trim() + "/" + path);
        return tag == null ? moved : moved.withTag(tag);
    }

    /** Registry host[:port] the image is pulled from and pushed to ({@code docker.io} for Docker Hub). */
    public String registry() {
        return registry;
    }

    /** Repository path within the registry ({@code library/busybox}). */
    public String repository() {
        return repository;
    }

    /** The tag, or null. */
    public String tag() {
        return tag;
    }

    /** The digest ({@code sha256:...}), or null. */
    public String digest() {
        return digest;
    }

    /** Fully qualified name without tag: {@code docker.io/library/busybox}. */
    public String name() {
        return registry + "/" + repository;
    }

    /** The short name the docker CLI shows: {@code busybox}, {@code user/app}, {@code localhost:5000/app}. */
    public String familiarName() {
        if (!registry.equals(DOCKER_HUB)) {
            return name();
        }
        return repository.startsWith("library/") ? repository.substring("library/".length()) : repository;
    }

    /** Familiar name with tag and digest, as accepted by the Engine API. */
    @Override
    public String toString() {
        return familiarName() + (tag != null ? ":" + tag : "") + (digest != null ? "@" + digest : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageRef r && registry.equals(r.registry) && repository.equals(r.repository)
                && Objects.equals(tag, r.tag) && Objects.equals(digest, r.digest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registry, repository, tag, digest);
    }
}
