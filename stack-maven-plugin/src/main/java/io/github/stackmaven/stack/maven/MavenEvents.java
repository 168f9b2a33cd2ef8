package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.event.EventSink;
import org.apache.maven.plugin.logging.Log;

/** The layers' progress and lifecycle events, into the build log. */
final class MavenEvents implements EventSink {
    private final Log log;

    MavenEvents(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }
}
