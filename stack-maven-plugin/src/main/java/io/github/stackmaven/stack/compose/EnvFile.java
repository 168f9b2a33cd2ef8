package io.github.stackmaven.stack.compose;

import java.nio.file.Path;

/** An {@code env_file} entry; {@code format} is null (dotenv) or {@code raw}. */
public record EnvFile(Path path, boolean required, String format) {
}
