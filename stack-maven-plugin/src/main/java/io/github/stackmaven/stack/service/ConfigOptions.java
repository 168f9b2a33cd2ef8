package io.github.stackmaven.stack.service;

import java.nio.file.Path;

/**
 * How {@code config} renders the effective model.
 *
 * @param format      {@code yaml} or {@code json}
 * @param showSecrets show values that came from env files instead of masking them
 * @param output      where to write the document; null: the document is returned for the client to print
 */
public record ConfigOptions(String format, boolean showSecrets, Path output) {
}
