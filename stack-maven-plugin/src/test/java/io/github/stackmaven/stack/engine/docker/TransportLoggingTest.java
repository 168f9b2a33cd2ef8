package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransportLoggingTest {

    @Test
    void dockerJavaCommandDumpAndWireLogsAreOffUnlessTheUserAskedForThem() {
        String before = System.getProperty(TransportLogging.DOCKER_JAVA);
        String wire = System.getProperty(TransportLogging.WIRE);
        try {
            System.clearProperty(TransportLogging.DOCKER_JAVA);
            System.setProperty(TransportLogging.WIRE, "debug");
            TransportLogging.quiet();
            // the logger that prints "Cmd: CreateContainerCmdImpl[...env={DB_PASSWORD=...}]" at debug
            assertThat(System.getProperty(TransportLogging.DOCKER_JAVA)).isEqualTo("info");
            assertThat(TransportLogging.DOCKER_JAVA).isEqualTo("org.slf4j.simpleLogger.log."
                    + com.github.dockerjava.core.command.AbstrDockerCmd.class.getPackageName()
                            .replace(".core.command", ""));
            assertThat(System.getProperty(TransportLogging.WIRE)).as("an explicit choice is kept").isEqualTo("debug");
            assertThat(TransportLogging.CALLBACK_ERRORS).endsWith(
                    com.github.dockerjava.api.async.ResultCallbackTemplate.class.getName());
            assertThat(System.getProperty(TransportLogging.CALLBACK_ERRORS)).isEqualTo("off");
        } finally {
            restore(TransportLogging.DOCKER_JAVA, before);
            restore(TransportLogging.WIRE, wire);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
