package io.github.stackmaven.stack.images;

import java.util.ArrayList;
import java.util.List;

/**
 * moby {@code ignorefile.ReadAll}: a UTF-8 BOM is dropped, a line starting with '#' is a comment (only in the
 * first column), lines are trimmed, cleaned with {@code filepath.Clean}, and a leading '/' is dropped.
 */
final class IgnoreFileReader {

    private final String text;

    IgnoreFileReader(String text) {
        this.text = text;
    }

    DockerIgnore read() throws InvalidIgnorePatternException {
        List<String> patterns = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = body.split("\n", -1);
        int count = body.endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = GoPath.trimSpace(line);
            if (pattern.isEmpty()) {
                continue;
            }
            boolean invert = pattern.charAt(0) == '!';
            if (invert) {
                pattern = GoPath.trimSpace(pattern.substring(1));
            }
            if (!pattern.isEmpty()) {
                pattern = GoPath.clean(pattern);
                if (pattern.length() > 1 && pattern.charAt(0) == '/') {
                    pattern = pattern.substring(1);
                }
            }
            patterns.add(invert ? "!" + pattern : pattern);
            lineNumbers.add(i + 1);
        }
        return DockerIgnore.of(patterns, lineNumbers.stream().mapToInt(Integer::intValue).toArray());
    }
}
