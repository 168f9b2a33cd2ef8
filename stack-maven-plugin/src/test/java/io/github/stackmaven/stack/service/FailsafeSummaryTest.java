package io.github.stackmaven.stack.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FailsafeSummaryTest {
    @TempDir
    Path dir;

    private Path summary(String failures, String errors) throws IOException {
        return Files.writeString(dir.resolve("failsafe-summary.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <failsafe-summary xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" result="255" timeout="false">
                    <completed>3</completed>
                    <errors>%s</errors>
                    <failures>%s</failures>
                    <skipped>0</skipped>
                    <failureMessage xsi:nil="true" />
                </failsafe-summary>
                """.formatted(errors, failures));
    }

    @Test
    void aFailureOrAnErrorCounts() throws IOException {
        assertThat(FailsafeSummary.testsFailed(summary("1", "0"))).isTrue();
        assertThat(FailsafeSummary.testsFailed(summary("0", "2"))).isTrue();
    }

    @Test
    void noneDoesNot() throws IOException {
        assertThat(FailsafeSummary.testsFailed(summary("0", "0"))).isFalse();
    }

    @Test
    void aMissingOrBrokenSummaryMeansNoKnownFailure() throws IOException {
        assertThat(FailsafeSummary.testsFailed(dir.resolve("absent.xml"))).isFalse();
        assertThat(FailsafeSummary.testsFailed(null)).isFalse();
        assertThat(FailsafeSummary.testsFailed(Files.writeString(dir.resolve("broken.xml"), "<failsafe-summary>")))
                .isFalse();
    }
}
