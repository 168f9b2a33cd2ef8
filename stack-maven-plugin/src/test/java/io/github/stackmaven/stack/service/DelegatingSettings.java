package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.CredentialSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings that answer as others do, for a test to override one of them. */
class DelegatingSettings implements ImageSettings {

    private final ImageSettings base;

    DelegatingSettings(ImageSettings base) {
        this.base = base;
    }

    @Override
    public Path projectDirectory() {
        return base.projectDirectory();
    }

    @Override
    public Path outputDirectory() {
        return base.outputDirectory();
    }

    @Override
    public Path imagesJson() {
        return base.imagesJson();
    }

    @Override
    public String projectVersion() {
        return base.projectVersion();
    }

    @Override
    public String projectName() {
        return base.projectName();
    }

    @Override
    public String sourceUrl() {
        return base.sourceUrl();
    }

    @Override
    public List<String> licenses() {
        return base.licenses();
    }

    @Override
    public Instant created() {
        return base.created();
    }

    @Override
    public String image() {
        return base.image();
    }

    @Override
    public List<String> targets() {
        return base.targets();
    }

    @Override
    public String mainTarget() {
        return base.mainTarget();
    }

    @Override
    public Path dockerfile() {
        return base.dockerfile();
    }

    @Override
    public Path context() {
        return base.context();
    }

    @Override
    public Map<String, String> buildArgs() {
        return base.buildArgs();
    }

    @Override
    public Map<String, String> buildArgOverrides() {
        return base.buildArgOverrides();
    }

    @Override
    public Map<String, String> imageLabels() {
        return base.imageLabels();
    }

    @Override
    public Map<String, String> extraLabels() {
        return base.extraLabels();
    }

    @Override
    public boolean pull() {
        return base.pull();
    }

    @Override
    public boolean noCache() {
        return base.noCache();
    }

    @Override
    public boolean classic() {
        return base.classic();
    }

    @Override
    public List<String> tags() {
        return base.tags();
    }

    @Override
    public List<String> pushTargets() {
        return base.pushTargets();
    }

    @Override
    public String registry() {
        return base.registry();
    }

    @Override
    public boolean strict() {
        return base.strict();
    }

    @Override
    public int attempts() {
        return base.attempts();
    }

    @Override
    public CredentialSource credentials() {
        return base.credentials();
    }

    @Override
    public Map<String, String> environment() {
        return base.environment();
    }

    @Override
    public Path userHome() {
        return base.userHome();
    }

    @Override
    public EventSink events() {
        return base.events();
    }

    @Override
    public Optional<String> propertyHolding(String value) {
        return base.propertyHolding(value);
    }
}
