package io.github.stackmaven.stack.service;

/**
 * What {@code logs} prints.
 *
 * @param follow keep following new output until the services stop
 * @param tail   lines from the end of each service's log; -1 for all
 */
public record LogsOptions(boolean follow, int tail) {
}
