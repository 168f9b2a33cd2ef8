package io.github.stackmaven.stack.event;

/**
 * Where the stack and image layers report progress. The Maven layer maps it to the build log; nothing below it
 * logs any other way.
 */
public interface EventSink {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** A sink that drops everything, for callers that do not report. */
    EventSink NONE = new EventSink() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void debug(String message) {
        }
    };
}
