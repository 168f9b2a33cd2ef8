package io.github.stackmaven.stack.engine.docker;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output of the classic (non-BuildKit) builder: {@code stream} text printed line by line, the current
 * {@code Step n/m : ...} and its last lines remembered, pull {@code status} lines printed when they change
 * (byte-level progress left out).
 */
final class ClassicBuildLog {

    private static final Pattern STEP = Pattern.compile("^Step \\d+/\\d+ : .*");
    private static final Pattern BUILT = Pattern.compile("^Successfully built ([0-9a-f]{12,64})$");

    private final Consumer<String> out;
    private final int tailSize;
    private final Deque<String> tail = new ArrayDeque<>();
    private final Map<String, String> lastStatus = new HashMap<>();
    private final StringBuilder partial = new StringBuilder();
    private String currentStep;
    private String builtId;

    ClassicBuildLog(Consumer<String> out, int tailSize) {
        this.out = out;
        this.tailSize = tailSize;
    }

    void stream(String text) {
        partial.append(text);
        int nl;
        while ((nl = partial.indexOf("\n")) >= 0) {
            line(partial.substring(0, nl));
            partial.delete(0, nl + 1);
        }
    }

    void status(String id, String status, boolean byteProgress) {
        if (byteProgress || status.equals(lastStatus.put(id, status))) {
            return;
        }
        out.accept(id.isEmpty() ? status : id + ": " + status);
    }

    void finish() {
        if (partial.length() > 0) {
            line(partial.toString());
            partial.setLength(0);
        }
    }

    private void line(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (line.isEmpty()) {
            return;
        }
        out.accept(line);
        if (STEP.matcher(line).matches()) {
            currentStep = line;
            tail.clear();
            return;
        }
        Matcher built = BUILT.matcher(line);
        if (built.matches()) {
            builtId = built.group(1);
        }
        tail.addLast(line);
        while (tail.size() > tailSize) {
            tail.removeFirst();
        }
    }

    String currentStep() {
        return currentStep;
    }

    String builtId() {
        return builtId;
    }

    List<String> tail() {
        return List.copyOf(tail);
    }
}
