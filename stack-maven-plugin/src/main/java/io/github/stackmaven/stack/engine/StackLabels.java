package io.github.stackmaven.stack.engine;

/**
 * Labels on every container, network and volume a stack creates: compose's own, so that
 * {@code docker compose -p <project> ps|logs|down} work on our stacks, and the plugin's.
 */
public final class StackLabels {
    public static final String PROJECT = "com.docker.compose.project";
    public static final String SERVICE = "com.docker.compose.service";
    public static final String CONTAINER_NUMBER = "com.docker.compose.container-number";
    public static final String ONEOFF = "com.docker.compose.oneoff";
    public static final String CONFIG_HASH = "com.docker.compose.config-hash";
    public static final String WORKING_DIR = "com.docker.compose.project.working_dir";
    public static final String CONFIG_FILES = "com.docker.compose.project.config_files";
    public static final String NETWORK = "com.docker.compose.network";
    public static final String VOLUME = "com.docker.compose.volume";
    public static final String COMPOSE_VERSION = "com.docker.compose.version";

    private static final String OWN = "io.github.stackmaven.";
    /** Run id: one value per {@code up}. Its presence marks a resource as ours. */
    public static final String RUN = OWN + "run";
    /** {@code host:pid} of the Maven process that created the stack. */
    public static final String OWNER = OWN + "owner";
    /** dev, test, prod or ci. */
    public static final String ENVIRONMENT = OWN + "environment";
    /** {@code true} on a test stack started with {@code stack.keepRunning}: the dead-owner sweep leaves it alone. */
    public static final String KEEP = OWN + "keep";
    /** The one label of the plugin's namespace that users may set: the IT harness marks its session with it. */
    public static final String IT_SESSION = OWN + "it";

    private StackLabels() {
    }

    /**
     * True for a key that user labels ({@code stack.labels}) must not set: compose's {@code com.docker.compose.*},
     * which {@code docker compose} and {@code down} select by, and the plugin's own {@code io.github.stackmaven.*},
     * which decide what {@code down} and the sweep may remove ({@link #IT_SESSION} excepted).
     */
    public static boolean isReserved(String key) {
        return key.startsWith("com.docker.compose.") || key.equals("com.docker.compose")
                || (key.startsWith(OWN) || key.equals("io.github.stackmaven")) && !key.equals(IT_SESSION);
    }
}
