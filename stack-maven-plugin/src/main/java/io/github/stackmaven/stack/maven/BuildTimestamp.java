package io.github.stackmaven.stack.maven;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The image's {@code created} time: {@code project.build.outputTimestamp} when the project builds reproducibly
 * (ISO 8601 or seconds since the epoch, as maven-archiver reads it), else now.
 */
final class BuildTimestamp {
    private BuildTimestamp() {
    }

    static Instant of(String outputTimestamp) {
        if (outputTimestamp == null || outputTimestamp.trim().length() < 2) {
            return Instant.now(); // unset, or a single character: reproducible builds are off
        }
        String value = outputTimestamp.trim();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(value));
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            return Instant.now();
        }
    }
}
