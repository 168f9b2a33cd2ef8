package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.images.BuildSecretException;
import io.github.stackmaven.stack.images.BuildSecrets;
import io.github.stackmaven.stack.images.BuildSessionMode;
import io.github.stackmaven.stack.images.BuiltImage;
import io.github.stackmaven.stack.images.CredentialSource;
import io.github.stackmaven.stack.images.DockerConfigAuth;
import io.github.stackmaven.stack.images.SessionCredentials;
import io.github.stackmaven.stack.images.DockerfileStages;
import io.github.stackmaven.stack.images.GitInfo;
import io.github.stackmaven.stack.images.HostUser;
import io.github.stackmaven.stack.images.ImageBuilder;
import io.github.stackmaven.stack.images.InvalidImageReferenceException;
import io.github.stackmaven.stack.images.OciLabels;
import io.github.stackmaven.stack.images.TagPolicy;
import io.github.stackmaven.stack.images.TargetBuildException;
import io.github.stackmaven.stack.images.TargetBuilder;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One run of {@code build}: checks the settings, merges build args and labels, builds every target. */
final class ImageBuild {

    private final ImageSettings s;
    private final Supplier<EngineClient> engine;
    private final EventSink events;

    ImageBuild(ImageSettings settings, Supplier<EngineClient> engine) {
        this.s = settings;
        this.engine = engine;
        this.events = settings.events();
    }

    BuildResult run() throws ImageSettingsException, ImageBuildFailedException, ImageFilesException {
        Path contextDir = s.context().toAbsolutePath().normalize();
        Path file = s.dockerfile().toAbsolutePath().normalize();
        if (!Files.isDirectory(contextDir)) {
            throw new ImageSettingsException("stack.context", "Build context " + contextDir + " is not a directory;"
                    + " set <context> or -Dstack.context=...");
        }
        if (!Files.isRegularFile(file)) {
            throw new ImageSettingsException("stack.dockerfile", "Dockerfile not found: " + file + "; add one or set"
                    + " <dockerfile> or -Dstack.dockerfile=...");
        }
        String content = read(file);
        List<String> wanted = s.targets().stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
        List<String> missing = DockerfileStages.missing(content, wanted);
        if (!missing.isEmpty()) {
            throw new ImageSettingsException("stack.targets", file + " has no stage " + String.join(", ", missing)
                    + " (stages: " + String.join(", ", DockerfileStages.of(content)) + "); name them with FROM ..."
                    + " AS <name> or set <targets> / -Dstack.targets=...");
        }
        TagPolicy tags;
        try {
            tags = TagPolicy.of(s.projectVersion(), null, List.of()).withMainTarget(s.mainTarget().trim());
            tags.buildRef(s.image(), null);
        } catch (InvalidImageReferenceException e) {
            throw new ImageSettingsException("stack.image", "stack.image / project version: " + e.getMessage());
        }
        Map<String, String> args = buildArgs();
        if (HostUser.runningAsRoot() && !args.containsKey("UID")) {
            events.info("Running as root: UID/GID build args left to the Dockerfile's defaults (set"
                    + " -Dstack.buildArgs.UID=... to choose)");
        }
        if (!args.isEmpty()) {
            events.info("Build args: " + describe(args));
        }
        boolean inside = file.startsWith(contextDir);
        BuildRequest common = BuildRequest.builder().context(contextDir)
                .dockerfile(inside ? contextDir.relativize(file).toString().replace(File.separatorChar, '/') : null)
                .dockerfileInline(inside ? null : content).args(args).labels(labels()).pull(s.pull())
                .noCache(s.noCache()).build();
        if (s.classic() && !s.secrets().isEmpty()) {
            throw new ImageSettingsException("stack.build.classic", "Build secrets (" + String.join(", ",
                    new java.util.TreeSet<>(s.secrets().keySet())) + ") need BuildKit, and stack.build.classic=true"
                    + " builds with the classic builder: drop one of them");
        }
        List<BuiltImage> built;
        try {
            EngineClient connected = engine.get();
            ImageBuilder builder = s.classic() ? ImageBuilder.classic(connected, events)
                    : withSessions(new ImageBuilder(connected, events));
            built = new TargetBuilder(builder, events).build(common, s.image().trim(), wanted, tags, events::info);
        } catch (TargetBuildException e) {
            throw BuildFailure.of(e, file, content, args, s);
        }
        try {
            ImagesJson.write(s.imagesJson(), built);
        } catch (IOException e) {
            throw new ImageFilesException(s.imagesJson(), "Cannot write " + s.imagesJson() + ": " + e.getMessage(), e);
        }
        return new BuildResult(built, s.imagesJson());
    }

    /**
     * The BuildKit session options: the mode, the secrets' values and registry credentials from the sources
     * {@code push} reads (the tool's own, then docker's config.json).
     */
    private ImageBuilder withSessions(ImageBuilder builder) throws ImageSettingsException {
        BuildSessionMode mode;
        Map<String, byte[]> secrets;
        try {
            mode = BuildSessionMode.parse(s.buildSession());
            secrets = BuildSecrets.read(s.secrets(), s.environment(), s.projectDirectory());
        } catch (IllegalArgumentException e) {
            throw new ImageSettingsException("stack.buildSession", e.getMessage());
        } catch (BuildSecretException e) {
            throw new ImageSettingsException("secrets", e.getMessage());
        }
        if (!secrets.isEmpty() && mode == BuildSessionMode.NEVER) {
            throw new ImageSettingsException("stack.buildSession", "Build secrets (" + String.join(", ",
                    secrets.keySet()) + ") need a build session: set -Dstack.buildSession=auto (or drop <secrets>)");
        }
        CredentialSource credentials = CredentialSource.firstOf(List.of(s.credentials(), CredentialSource.dockerConfig(
                DockerConfigAuth.defaultLocation(s.environment(), s.userHome()))));
        return builder.withSessions(mode, secrets, SessionCredentials.of(credentials, events));
    }

    /** Host UID/GID, then the configured build args, then the overrides. */
    Map<String, String> buildArgs() {
        Map<String, String> args = new LinkedHashMap<>(HostUser.buildArgs());
        s.buildArgs().forEach((k, v) -> args.put(k, v == null ? "" : v));
        new java.util.TreeMap<>(s.buildArgOverrides()).forEach((k, v) -> args.put(k, v == null ? "" : v));
        return args;
    }

    /** UID and GID with their values; other args by name only, since some carry tokens. */
    private static String describe(Map<String, String> args) {
        return String.join(", ", args.entrySet().stream().map(e -> e.getKey().equals("UID")
                || e.getKey().equals("GID") ? e.getKey() + "=" + e.getValue() : e.getKey()).toList());
    }

    private Map<String, String> labels() {
        GitInfo git = GitInfo.of(s.projectDirectory());
        Map<String, String> all = new LinkedHashMap<>(new OciLabels(s.projectName(), s.projectVersion(),
                git.revision().orElse(null), s.created(), s.sourceUrl(), s.licenses()).asMap());
        s.imageLabels().forEach((k, v) -> all.put(k, v == null ? "" : v));
        all.putAll(s.extraLabels());
        return all;
    }

    private static String read(Path file) throws ImageFilesException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ImageFilesException(file, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
