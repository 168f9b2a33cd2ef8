package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.CredentialSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings for a project in a temporary directory, with every event recorded. */
final class TestImageSettings implements ImageSettings {

    final Path dir;
    final List<String> info = new ArrayList<>();
    final List<String> warn = new ArrayList<>();
    String image = "localhost:5000/app";
    String version = "1.0";
    List<String> targets = List.of("builder", "production");
    Path dockerfile;
    Map<String, String> buildArgs = Map.of();
    Map<String, String> overrides = Map.of();
    Map<String, String> extraLabels = Map.of();
    List<String> pushTargets = List.of();
    String registry;
    String holdingProperty;
    CredentialSource credentials = host -> Optional.empty();

    TestImageSettings(Path dir) {
        this.dir = dir;
        this.dockerfile = dir.resolve("Dockerfile");
    }

    // @formatter:off
    @Override public Path projectDirectory() { return dir; }
    @Override public Path outputDirectory() { return dir.resolve("target"); }
    @Override public String projectVersion() { return version; }
    @Override public String projectName() { return "app"; }
    @Override public Instant created() { return Instant.parse("2026-11-28T10:00:00Z"); }
    @Override public String image() { return image; }
    @Override public List<String> targets() { return targets; }
    @Override public Path dockerfile() { return dockerfile; }
    @Override public Map<String, String> buildArgs() { return buildArgs; }
    @Override public Map<String, String> buildArgOverrides() { return overrides; }
    @Override public Map<String, String> extraLabels() { return extraLabels; }
    @Override public List<String> pushTargets() { return pushTargets; }
    @Override public String registry() { return registry; }
    @Override public CredentialSource credentials() { return credentials; }
    @Override public Map<String, String> environment() { return Map.of("DOCKER_CONFIG", dir.resolve("no-docker").toString()); }
    @Override public Optional<String> propertyHolding(String value) { return Optional.ofNullable(holdingProperty); }
    // @formatter:on

    @Override
    public EventSink events() {
        return new EventSink() {
            @Override
            public void info(String message) {
                info.add(message);
            }

            @Override
            public void warn(String message) {
                warn.add(message);
            }

            @Override
            public void debug(String message) {
            }
        };
    }
}
