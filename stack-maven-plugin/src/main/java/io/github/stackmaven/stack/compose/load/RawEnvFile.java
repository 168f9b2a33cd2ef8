package io.github.stackmaven.stack.compose.load;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code env_file} with {@code format: raw} (docker/cli {@code kvfile}): one {@code KEY=value} per line, split
 * at the first {@code =}, value verbatim; blank and {@code #} lines skipped; a bare key is looked up.
 */
final class RawEnvFile {

    private RawEnvFile() {
    }

    static Map<String, String> parse(String text, Function<String, String> lookup, Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = text.startsWith("\uFEFF") ? text.substring(1).split("\n", -1) : text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            line = line.stripLeading();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            if (key.contains(" ") || key.contains("\t")) {
                throw new io.github.stackmaven.stack.compose.ComposeException(
                        new io.github.stackmaven.stack.compose.Position(file.toString(), i + 1, 1), "",
                        "variable \"" + key + "\" contains whitespace");
            }
            if (eq < 0) {
                String v = lookup.apply(key);
                if (v != null) {
                    out.put(key, v);
                }
            } else {
                out.put(key, line.substring(eq + 1));
            }
        }
        return out;
    }
}
