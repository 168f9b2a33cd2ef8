package io.github.stackmaven.stack.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a client (the Maven goals, a JUnit extension) tells {@link StackService}: the raw, tool-neutral settings, as
 * the user wrote them. Values are strings where the user writes text ({@code 2m}, {@code random}); the service
 * validates them and throws {@link InvalidSettingException} naming the setting by its property
 * ({@code stack.timeout}). Only {@link #directory()} is required; every other setting has the goals' default.
 */
public interface StackSettings {

    // --- which stack: the compose files of an environment -----------------------------------------------------

    /** Where the compose files live ({@code stack.directory}); relative files resolve against it. */
    Path directory();

    /** {@code stack.environment}: {@code test}, {@code ci}, {@code dev}, {@code prod} or any name the files use. */
    default String environment() {
        return "test";
    }

    /** {@code stack.files}: explicit compose files, relative to {@link #directory()}; empty: discovery. */
    default List<String> files() {
        return List.of();
    }

    /** {@code <environments>}: comma-separated files per environment, below {@link #files()}, above discovery. */
    default Map<String, String> environments() {
        return Map.of();
    }

    /** {@code stack.projectName}; null: compose's rules (COMPOSE_PROJECT_NAME, {@code name:}, the directory). */
    default String projectName() {
        return null;
    }

    /** {@code stack.profiles}; empty: COMPOSE_PROFILES. */
    default List<String> profiles() {
        return List.of();
    }

    /** {@code stack.services}: only these services and what they depend on; empty: all. */
    default List<String> services() {
        return List.of();
    }

    /** {@code <variables>}: values for {@code ${VAR}}; the process environment wins, empty values are skipped. */
    default Map<String, String> variables() {
        return Map.of();
    }

    /** The process environment (injectable, so tests are hermetic). */
    default Map<String, String> processEnvironment() {
        return System.getenv();
    }

    /**
     * Where {@code up} leaves {@code <environment>.properties} and the service logs ({@code target/stack}), and
     * where {@code down} finds the recorded project.
     */
    default Path stateDirectory() {
        return directory().resolve("target").resolve("stack");
    }

    // --- the engine and what is created on it ------------------------------------------------------------------

    /** {@code stack.dockerHost}; null: DOCKER_HOST, the docker context, the well-known sockets. */
    default String dockerHost() {
        return null;
    }

    /** {@code stack.labels}: {@code key=value,key2=value2} for everything created; reserved keys are refused. */
    default String labels() {
        return null;
    }

    // --- up ----------------------------------------------------------------------------------------------------

    /** {@code stack.timeout}: how long each service may take to become ready, e.g. {@code 2m}, {@code 90s}. */
    default String timeout() {
        return "2m";
    }

    /** {@code stack.wait}: {@code auto}, {@code healthcheck}, {@code port} or {@code none}. */
    default String waitMode() {
        return "auto";
    }

    /** {@code stack.ports}: {@code fixed} or {@code random} (test and ci stacks publish on free ports). */
    default String ports() {
        return "fixed";
    }

    /** {@code stack.build}: {@code missing} or {@code always}. */
    default String build() {
        return "missing";
    }

    /** {@code stack.pull}: {@code missing} or {@code always}. */
    default String pull() {
        return "missing";
    }

    /**
     * {@code stack.buildSession}: {@code auto} builds {@code up}'s {@code build:} images through BuildKit sessions
     * (only changed files are sent, {@code build.secrets} work), {@code never} sends each context as a tar.
     */
    default String buildSession() {
        return "auto";
    }

    /** {@code stack.publishAddress}; null: {@code 127.0.0.1} for test and ci stacks on a local engine. */
    default String publishAddress() {
        return null;
    }

    /** {@code stack.keepRunning}: {@code up} leaves a test stack when the build ends; {@code down} leaves it. */
    default boolean keepRunning() {
        return false;
    }

    // --- down --------------------------------------------------------------------------------------------------

    /** {@code stack.removeVolumes}: also remove a dev or prod stack's named volumes (see {@link #environmentExplicit}). */
    default boolean removeVolumes() {
        return false;
    }

    /** Whether the environment was named explicitly (on the command line): required to remove a database. */
    default boolean environmentExplicit() {
        return false;
    }

    /** Whether the integration tests failed: {@code down} then prints the last {@link #logLines()} of each service. */
    default boolean testsFailed() {
        return false;
    }

    /** {@code stack.logLines}: lines of each service's log in failure reports. */
    default int logLines() {
        return 30;
    }
}
