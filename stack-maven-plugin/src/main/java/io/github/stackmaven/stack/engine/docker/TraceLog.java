package io.github.stackmaven.stack.engine.docker;

import java.time.Instant;

/** A BuildKit {@code VertexLog}: a chunk of a step's output (not necessarily whole lines); stream 1 out, 2 err. */
record TraceLog(String vertex, Instant timestamp, long stream, byte[] msg) {
}
