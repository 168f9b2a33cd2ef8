package io.github.stackmaven.stack.engine;

import java.util.Locale;

/** Byte counts the way docker prints them (decimal units: 1.2kB, 3.41MB). */
final class ByteSize {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    static String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? bytes + "B" : String.format(Locale.ROOT, "%.2f%s", value, UNITS[unit]);
    }
}
