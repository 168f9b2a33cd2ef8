package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.service.ImageSettings;
import io.github.stackmaven.stack.service.ServerLogins;
import org.apache.maven.model.License;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code build} and {@code push} parameters and the Maven project as {@link ImageSettings}. The goals set the
 * fields they have; the project gives version, name, source, licenses and the reproducible-build timestamp.
 */
final class MavenImageSettings implements ImageSettings {

    static final String BUILD_ARG_PREFIX = "stack.buildArgs.";

    private final MavenProject project;
    private final Properties userProperties;
    private final EventSink events;
    String image;
    List<String> targets;
    String mainTarget;
    File dockerfile;
    File context;
    Map<String, String> buildArgs;
    Map<String, String> imageLabels;
    Map<String, String> extraLabels = Map.of();
    boolean pull;
    boolean noCache;
    boolean classic;
    String buildSession = ImageSettings.super.buildSession();
    Map<String, String> secrets;
    List<String> tags;
    List<String> pushTargets;
    String registry;
    boolean strict;
    int attempts = ImageSettings.super.attempts();
    ServerLogins serverLogins = ServerLogins.NONE;
    String serverId;

    MavenImageSettings(MavenProject project, Properties userProperties, EventSink events) {
        this.project = project;
        this.userProperties = userProperties;
        this.events = events;
    }

    // @formatter:off
    @Override public Path projectDirectory() { return project.getBasedir().toPath(); }
    @Override public Path outputDirectory() { return Path.of(project.getBuild().getDirectory()); }
    @Override public String projectVersion() { return project.getVersion(); }
    @Override public String projectName() { return project.getName(); }
    @Override public String image() { return image; }
    @Override public List<String> targets() { return targets == null ? List.of() : targets; }
    @Override public String mainTarget() { return mainTarget; }
    @Override public Path dockerfile() { return dockerfile.toPath(); }
    @Override public Path context() { return context.toPath(); }
    @Override public Map<String, String> buildArgs() { return buildArgs == null ? Map.of() : buildArgs; }
    @Override public Map<String, String> imageLabels() { return imageLabels == null ? Map.of() : imageLabels; }
    @Override public Map<String, String> extraLabels() { return extraLabels; }
    @Override public boolean pull() { return pull; }
    @Override public boolean noCache() { return noCache; }
    @Override public boolean classic() { return classic; }
    @Override public String buildSession() { return buildSession; }
    @Override public Map<String, String> secrets() { return secrets == null ? Map.of() : secrets; }
    @Override public List<String> tags() { return tags == null ? List.of() : tags; }
    @Override public List<String> pushTargets() { return pushTargets == null ? List.of() : pushTargets; }
    @Override public String registry() { return registry; }
    @Override public boolean strict() { return strict; }
    @Override public int attempts() { return attempts; }
    @Override public ServerLogins serverLogins() { return serverLogins; }
    @Override public String serverId() { return serverId; }
    @Override public EventSink events() { return events; }
    // @formatter:on

    @Override
    public String sourceUrl() {
        return project.getScm() != null && project.getScm().getUrl() != null ? project.getScm().getUrl()
                : project.getUrl();
    }

    @Override
    public List<String> licenses() {
        return project.getLicenses() == null ? List.of()
                : project.getLicenses().stream().map(License::getName).toList();
    }

    @Override
    public Instant created() {
        return BuildTimestamp.of(project.getProperties().getProperty("project.build.outputTimestamp"));
    }

    /** {@code -Dstack.buildArgs.NAME=value}. */
    @Override
    public Map<String, String> buildArgOverrides() {
        Map<String, String> args = new LinkedHashMap<>();
        userProperties.stringPropertyNames().stream().sorted().forEach(key -> {
            if (key.startsWith(BUILD_ARG_PREFIX) && key.length() > BUILD_ARG_PREFIX.length()) {
                args.put(key.substring(BUILD_ARG_PREFIX.length()), userProperties.getProperty(key));
            }
        });
        return args;
    }

    /** The one project or user property (not a stack.* one) whose value is {@code value}. */
    @Override
    public Optional<String> propertyHolding(String value) {
        Set<String> names = new TreeSet<>();
        for (Properties p : List.of(project.getProperties(), userProperties)) {
            p.stringPropertyNames().stream().filter(k -> !k.startsWith("stack.") && value.equals(p.getProperty(k)))
                    .forEach(names::add);
        }
        return names.size() == 1 ? Optional.of(names.iterator().next()) : Optional.empty();
    }
}
