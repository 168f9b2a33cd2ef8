package io.github.stackmaven.stack.engine.docker.session;

import java.util.concurrent.atomic.AtomicLong;

/** What a session sent the engine: file content bytes and files, over all its transfers. */
final class SessionCounters {
    final AtomicLong bytes = new AtomicLong();
    final AtomicLong files = new AtomicLong();
    final AtomicLong transfers = new AtomicLong();
}
