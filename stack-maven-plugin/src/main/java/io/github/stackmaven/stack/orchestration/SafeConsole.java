package io.github.stackmaven.stack.orchestration;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines for the user from a shutdown hook, where Maven's logger may be gone and {@code System.err} is Maven's ANSI
 * console stream, which is not thread-safe (it threw {@code NumberFormatException: For input string: "0m"} while the
 * build printed colours at the same time): writes straight to the process's standard error, and never throws.
 */
public final class SafeConsole {
    private static final FileOutputStream ERR = new FileOutputStream(FileDescriptor.err);

    private SafeConsole() {
    }

    /** Loads and initialises this class, for a shutdown hook that must not load classes late. */
    static void load() {
        // the call itself is the point
    }

    public static void line(String text) {
        try {
            byte[] bytes = ("[stack] " + text + System.lineSeparator()).getBytes(StandardCharsets.UTF_8);
            synchronized (ERR) {
                ERR.write(bytes);
                ERR.flush();
            }
        } catch (Throwable ignored) {
            // the console is gone or broken; the removal itself matters more than the message
        }
    }
}
