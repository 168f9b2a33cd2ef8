package io.github.stackmaven.stack.engine.docker.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Copies bytes one way on its own daemon thread until either side ends, then runs {@code onEnd}. */
final class BytePump {

    private BytePump() {
    }

    static Thread start(String name, InputStream from, OutputStream to, Runnable onEnd) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                int n;
                while ((n = from.read(buffer)) >= 0) {
                    if (n > 0) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException ignored) {
                // a closed side ends the session; the build call reports what it means
            } finally {
                onEnd.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
