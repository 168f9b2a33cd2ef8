package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.compose.write.ComposeWriter;
import io.github.stackmaven.stack.event.EventSink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;

/** {@code config}: the environment's effective compose model, merged, interpolated, in long syntax. */
final class ConfigCommand {
    private final EventSink events;

    ConfigCommand(EventSink events) {
        this.events = events;
    }

    /** @return the document, or null when it was written to {@link ConfigOptions#output()} */
    String run(StackSettings s, ConfigOptions options) throws StackServiceException {
        ComposeWriter.Format format;
        try {
            format = ComposeWriter.Format.valueOf(options.format().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidSettingException("stack.config.format", options.format(), "stack.config.format is '"
                    + options.format() + "'; use yaml or json");
        }
        StackFiles.Loaded loaded = StackFiles.load(s);
        events.info("Environment " + s.environment() + ": " + loaded.selection().reason());
        loaded.project().warnings().forEach(events::warn);
        String document = (options.showSecrets() ? ComposeWriter.showingSecrets() : ComposeWriter.masked())
                .write(loaded.project(), format);
        if (options.output() == null) {
            return document.endsWith("\n") ? document : document + "\n";
        }
        try {
            if (options.output().getParent() != null) {
                Files.createDirectories(options.output().getParent());
            }
            Files.writeString(options.output(), document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StateFileException(options.output(), e);
        }
        events.info("Wrote the effective configuration to " + options.output());
        return null;
    }
}
