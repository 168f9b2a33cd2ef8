package io.github.stackmaven.stack.compose;

/** A ulimit; a single number in the file means soft = hard. */
public record Ulimit(long soft, long hard) {
}
