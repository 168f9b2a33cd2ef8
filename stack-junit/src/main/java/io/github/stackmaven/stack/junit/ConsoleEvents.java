package io.github.stackmaven.stack.junit;

import io.github.stackmaven.stack.event.EventSink;

import java.io.PrintStream;

/**
 * The layers' progress and lifecycle events on the test's console, {@code [stack] } in front, where Maven and the IDE
 * show test output; debug lines only with {@code -Dstack.debug=true}.
 */
final class ConsoleEvents implements EventSink {
    private final PrintStream out;
    private final boolean debug;

    ConsoleEvents(PrintStream out, boolean debug) {
        this.out = out;
        this.debug = debug;
    }

    static ConsoleEvents standard() {
        return new ConsoleEvents(System.out, Boolean.getBoolean("stack.debug"));
    }

    @Override
    public void info(String message) {
        out.println("[stack] " + message);
    }

    @Override
    public void warn(String message) {
        out.println("[stack] WARNING " + message);
    }

    @Override
    public void debug(String message) {
        if (debug) {
            out.println("[stack] DEBUG " + message);
        }
    }
}
