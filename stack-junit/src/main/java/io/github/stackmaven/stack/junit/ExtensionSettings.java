package io.github.stackmaven.stack.junit;

import io.github.stackmaven.stack.service.StackSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The extension's {@link StackSettings}: what {@link StackOptions} resolved, raw, for the service to validate as it
 * validates the goals' parameters; the rest keeps the goals' defaults.
 *
 * @param projectName a project to look for ({@code ps} of a recorded stack); null: the options' own
 * @param testsFailed whether a test of the run failed, so that {@code down} prints each service's last log lines
 */
record ExtensionSettings(StackOptions options, String projectName, boolean testsFailed) implements StackSettings {

    ExtensionSettings(StackOptions options) {
        this(options, null, false);
    }

    @Override
    public Path directory() {
        return options.directory();
    }

    @Override
    public String environment() {
        return options.environment();
    }

    @Override
    public List<String> files() {
        return options.files();
    }

    @Override
    public String projectName() {
        return projectName != null ? projectName : options.projectName();
    }

    @Override
    public List<String> profiles() {
        return options.profiles() == null ? List.of() : options.profiles();
    }

    @Override
    public List<String> services() {
        return options.services();
    }

    @Override
    public Map<String, String> variables() {
        return options.variables();
    }

    @Override
    public Path stateDirectory() {
        return options.stackDir();
    }

    @Override
    public String dockerHost() {
        return options.dockerHost();
    }

    @Override
    public String labels() {
        return options.labels();
    }

    @Override
    public String timeout() {
        return options.timeout() != null ? options.timeout() : StackSettings.super.timeout();
    }
}
