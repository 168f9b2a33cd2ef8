package io.github.stackmaven.stack.service;

import java.nio.file.Path;

/**
 * What {@code ps} lists and how.
 *
 * @param all    every stack of the plugin on the engine, not only those started from the settings' directory
 * @param format {@code text} (a table per project) or {@code json}
 * @param output where to write the listing; null: to the events, line by line
 */
public record PsOptions(boolean all, String format, Path output) {
}
