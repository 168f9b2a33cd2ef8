package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.event.RecordingEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvServiceTest {
    @TempDir
    Path dir;
    private final RecordingEvents events = new RecordingEvents();
    private final List<String> log = events.lines();
    private final EnvService service = new EnvService(events);

    @Test
    void createsWhatIsMissingAndKeepsWhatExists() throws Exception {
        Files.writeString(dir.resolve(".env.default"), "DB_PASSWORD=@{secret}\n");
        Files.writeString(dir.resolve("app.env.default"), "A=1\n");
        Files.writeString(dir.resolve("app.env"), "A=mine\n");

        assertThat(service.init(dir, List.of())).isEqualTo(1);

        assertThat(Files.readString(dir.resolve(".env"))).matches("DB_PASSWORD=[A-Za-z0-9]{32}\n");
        assertThat(Files.readString(dir.resolve("app.env"))).isEqualTo("A=mine\n");
        assertThat(log).anyMatch(l -> l.startsWith("Created .env from .env.default (mode 600, 1 secret generated)"))
                .anyMatch(l -> l.startsWith("Kept app.env: it exists"));
        assertThat(String.join("\n", log)).doesNotContain(Files.readString(dir.resolve(".env")).substring(12, 44));
    }

    @Test
    void aMissingTemplateNamesTheFileAndTheWayOut() {
        assertThatThrownBy(() -> service.init(dir, List.of(".env=example.env")))
                .isInstanceOfSatisfying(EnvFileException.class,
                        e -> assertThat(e.file()).isEqualTo(dir.toAbsolutePath().normalize().resolve(".env")))
                .hasMessageContaining("its template example.env does not exist")
                .hasMessageContaining("-Dstack.init.files=.env=<template>");
    }

    @Test
    void noTemplatesIsAWarningNotAFailure() throws Exception {
        assertThat(service.init(dir, null)).isZero();
        assertThat(log).singleElement().asString().startsWith("WARN No env file templates in");
    }
}
