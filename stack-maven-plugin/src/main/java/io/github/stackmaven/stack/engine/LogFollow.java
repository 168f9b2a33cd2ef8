package io.github.stackmaven.stack.engine;

import java.time.Duration;

/** A container's output being followed ({@link EngineClient#followLogs}); it ends when the container stops. */
public interface LogFollow extends AutoCloseable {

    /** Waits until the engine ended the stream (the container stopped or was removed) or {@code timeout} passed. */
    boolean awaitEnd(Duration timeout);

    /** Stops following; lines not yet received are lost. */
    @Override
    void close();
}
