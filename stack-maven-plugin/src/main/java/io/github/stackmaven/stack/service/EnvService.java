package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.init.EnvFiles;
import io.github.stackmaven.stack.init.EnvTemplate;
import io.github.stackmaven.stack.init.EnvTemplateException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code init}: creates the project's env files that are missing from their committed templates ({@code .env} from
 * {@code .env.default}), filling in secrets and ids; never touches an existing file. Needs no engine.
 */
public final class EnvService {
    private final EventSink events;

    public EnvService(EventSink events) {
        this.events = events;
    }

    /**
     * @param directory where the templates are and the env files go
     * @param files     {@code target=template} or {@code target} pairs ({@code stack.init.files}); empty: discovery
     * @return how many files were created
     */
    public int init(Path directory, List<String> files) throws StackServiceException {
        Path dir = directory.toAbsolutePath().normalize();
        List<EnvFiles.Pair> pairs;
        boolean explicit = files != null && files.stream().anyMatch(f -> !f.isBlank());
        try {
            pairs = explicit ? EnvFiles.parse(dir, files) : EnvFiles.discover(dir);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("stack.init.files", String.join(",", files),
                    "stack.init.files: " + e.getMessage());
        } catch (IOException e) {
            throw new StateFileException("list", dir, e);
        }
        if (pairs.isEmpty()) {
            events.warn("No env file templates in " + dir + " (.env.default, *.env.default): nothing to create."
                    + " Name others with -Dstack.init.files=.env=example.env");
            return 0;
        }
        EnvTemplate template = new EnvTemplate(EnvFiles.systemValues());
        int created = 0;
        for (EnvFiles.Pair pair : pairs) {
            created += create(dir, pair, template) ? 1 : 0;
        }
        return created;
    }

    private boolean create(Path dir, EnvFiles.Pair pair, EnvTemplate template) throws StackServiceException {
        String target = dir.relativize(pair.target()).toString();
        String source = dir.relativize(pair.template()).toString();
        EnvFiles.Outcome outcome;
        try {
            outcome = EnvFiles.create(pair, template);
        } catch (EnvFiles.NoSuchTemplateException e) {
            throw new EnvFileException(pair.target(), "Cannot create " + target + ": its template " + source
                    + " does not exist in " + dir + "; commit it or name another with -Dstack.init.files=" + target
                    + "=<template>", e);
        } catch (EnvTemplateException e) {
            throw new EnvFileException(pair.target(), e.getMessage(), e);
        } catch (IOException e) {
            throw new StateFileException("create", pair.target(), e);
        }
        if (outcome.created()) {
            events.info("Created " + target + " from " + source + " (mode 600"
                    + (outcome.secrets() == 0 ? "" : ", " + outcome.secrets() + " secret"
                    + (outcome.secrets() == 1 ? "" : "s") + " generated") + ")");
        } else {
            events.info("Kept " + target + ": it exists (stack:init never overwrites; delete it to start"
                    + " again from " + source + ")");
        }
        return outcome.created();
    }
}
