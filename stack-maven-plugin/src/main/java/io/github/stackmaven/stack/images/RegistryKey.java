package io.github.stackmaven.stack.images;

import java.util.Locale;

/**
 * The key under which credentials for a registry are stored in {@code ~/.docker/config.json} and asked of
 * credential helpers: {@code https://index.docker.io/v1/} for Docker Hub, {@code host[:port]} otherwise.
 */
public final class RegistryKey {

    public static final String DOCKER_HUB = "https://index.docker.io/v1/";

    private RegistryKey() {
    }

    /** Key for a registry host as found in an image reference ({@code docker.io}, {@code localhost:5000}). */
    public static String forHost(String host) {
        String h = normalize(host);
        return isDockerHub(h) ? DOCKER_HUB : h;
    }

    public static String forImage(ImageRef image) {
        return forHost(image.registry());
    }

    /**
     * Reduces a key as users write it in config.json ({@code https://registry.example.com/v2/},
     * {@code http://localhost:5000}) to {@code host[:port]}; all Docker Hub spellings become {@code docker.io}.
     */
    static String normalize(String key) {
        String k = key.trim();
        int scheme = k.indexOf("://");
        if (scheme >= 0) {
            k = k.substring(scheme + 3);
        }
        int slash = k.indexOf('/');
        if (slash >= 0) {
            k = k.substring(0, slash);
        }
        k = k.toLowerCase(Locale.ROOT);
        return isDockerHub(k) ? ImageRef.DOCKER_HUB : k;
    }

    private static boolean isDockerHub(String host) {
        return host.equals("docker.io") || host.equals("index.docker.io") || host.equals("registry-1.docker.io");
    }
}
