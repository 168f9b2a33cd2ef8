package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.StackSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The goals' parameters as {@link StackSettings}: {@link AbstractProjectMojo} fills what every goal shares, each
 * goal what is its own. Values stay as the user wrote them; the service validates them.
 */
final class MavenStackSettings implements StackSettings {
    Path directory;
    String environment;
    List<String> files;
    Map<String, String> environments;
    String projectName;
    List<String> profiles;
    List<String> services;
    Map<String, String> variables;
    Path stateDirectory;
    String dockerHost;
    String labels;
    String timeout = "2m";
    String waitMode = "auto";
    String ports = "fixed";
    String build = "missing";
    String pull = "missing";
    String buildSession = "auto";
    String publishAddress;
    boolean keepRunning;
    boolean removeVolumes;
    boolean environmentExplicit;
    boolean testsFailed;
    int logLines = 30;

    @Override
    public Path directory() {
        return directory;
    }

    @Override
    public String environment() {
        return environment == null ? "test" : environment;
    }

    @Override
    public List<String> files() {
        return files == null ? List.of() : files;
    }

    @Override
    public Map<String, String> environments() {
        return environments == null ? Map.of() : environments;
    }

    @Override
    public String projectName() {
        return projectName;
    }

    @Override
    public List<String> profiles() {
        return profiles == null ? List.of() : profiles;
    }

    @Override
    public List<String> services() {
        return services == null ? List.of() : services;
    }

    @Override
    public Map<String, String> variables() {
        return variables == null ? Map.of() : variables;
    }

    @Override
    public Path stateDirectory() {
        return stateDirectory != null ? stateDirectory : StackSettings.super.stateDirectory();
    }

    @Override
    public String dockerHost() {
        return dockerHost;
    }

    @Override
    public String labels() {
        return labels;
    }

    @Override
    public String timeout() {
        return timeout;
    }

    @Override
    public String waitMode() {
        return waitMode;
    }

    @Override
    public String ports() {
        return ports;
    }

    @Override
    public String build() {
        return build;
    }

    @Override
    public String pull() {
        return pull;
    }

    @Override
    public String buildSession() {
        return buildSession;
    }

    @Override
    public String publishAddress() {
        return publishAddress;
    }

    @Override
    public boolean keepRunning() {
        return keepRunning;
    }

    @Override
    public boolean removeVolumes() {
        return removeVolumes;
    }

    @Override
    public boolean environmentExplicit() {
        return environmentExplicit;
    }

    @Override
    public boolean testsFailed() {
        return testsFailed;
    }

    @Override
    public int logLines() {
        return logLines;
    }
}
