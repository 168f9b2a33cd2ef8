package io.github.stackmaven.stack.service;

/**
 * What {@code down} did.
 *
 * @param project     the compose project name of the environment's stack
 * @param containers  containers removed
 * @param nothingFound nothing of the environment's stack was on the engine
 * @param keptRunning  {@code keepRunning} left the stack in place
 */
public record DownResult(String project, int containers, boolean nothingFound, boolean keptRunning) {
}
