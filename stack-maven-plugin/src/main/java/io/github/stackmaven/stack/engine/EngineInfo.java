package io.github.stackmaven.stack.engine;

/**
 * What the engine said about itself.
 *
 * @param endpoint   where it answered
 * @param product    "Docker Engine", "Podman Engine", ... (from the version components)
 * @param version    engine version
 * @param apiVersion the API version the engine speaks; requests use it, never a lower pinned one
 * @param os         engine operating system ("linux")
 * @param arch       engine architecture
 */
public record EngineInfo(EngineEndpoint endpoint, String product, String version, String apiVersion, String os,
                         String arch) {

    public boolean isPodman() {
        return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("podman");
    }

    @Override
    public String toString() {
        return product + " " + version + " (API " + apiVersion + ", " + os + "/" + arch + ") at " + endpoint.host();
    }
}
