package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.images.BaseImageHint;
import io.github.stackmaven.stack.images.BuiltImage;
import io.github.stackmaven.stack.images.DockerfileStages;
import io.github.stackmaven.stack.images.GitInfo;
import io.github.stackmaven.stack.images.HostUser;
import io.github.stackmaven.stack.images.ImageBuildException;
import io.github.stackmaven.stack.images.ImageBuilder;
import io.github.stackmaven.stack.images.ImagesJson;
import io.github.stackmaven.stack.images.InvalidImageReferenceException;
import io.github.stackmaven.stack.images.OciLabels;
import io.github.stackmaven.stack.images.TagPolicy;
import io.github.stackmaven.stack.images.TargetBuildException;
import io.github.stackmaven.stack.images.TargetBuilder;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.License;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the project's Dockerfile targets (default {@code builder} and {@code production}) with BuildKit through
 * the Engine API, no docker CLI needed: the main target is tagged {@code <image>:<version>}, every other one
 * {@code <image>-<target>:<version>}; each image carries the {@code org.opencontainers.image.*} labels. Progress
 * is printed as {@code docker build --progress=plain} does; the images are listed in
 * {@code target/stack/images.json} for {@code push}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractImageMojo {

    static final String BUILD_ARG_PREFIX = "stack.buildArgs.";

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /**
     * The image repository: the main target is tagged {@code <image>:<version>}, every other target
     * {@code <image>-<target>:<version>}. May name a registry ({@code registry.example.com/team/app}).
     */
    @Parameter(property = "stack.image", defaultValue = "${project.artifactId}")
    private String image;

    /** The Dockerfile targets (stages) to build, in order, comma-separated. */
    @Parameter(property = "stack.targets", defaultValue = "builder,production")
    private List<String> targets;

    /** The target tagged {@code <image>:<version>}; the others get {@code <image>-<target>:<version>}. */
    @Parameter(property = "stack.mainTarget", defaultValue = "production")
    private String mainTarget;

    /** The Dockerfile; it may live outside the context. */
    @Parameter(property = "stack.dockerfile", defaultValue = "${project.basedir}/Dockerfile")
    private File dockerfile;

    /** The build context, sent to the engine as a tar that honours its {@code .dockerignore}. */
    @Parameter(property = "stack.context", defaultValue = "${project.basedir}")
    private File context;

    /**
     * Build args, e.g. {@code <buildArgs><JAVA_VERSION>21</JAVA_VERSION></buildArgs>}; a user property
     * {@code -Dstack.buildArgs.NAME=value} wins. {@code UID} and {@code GID} default to the current user's on Linux
     * (except for root, where the Dockerfile's own defaults apply).
     */
    @Parameter
    private Map<String, String> buildArgs;

    /** Extra image labels; the {@code org.opencontainers.image.*} ones are set for you. */
    @Parameter
    private Map<String, String> imageLabels;

    /** Always pull newer versions of the base images. */
    @Parameter(property = "stack.build.pull", defaultValue = "false")
    private boolean pull;

    /** Builds without the build cache. */
    @Parameter(property = "stack.build.noCache", defaultValue = "false")
    private boolean noCache;

    /**
     * Builds with the classic builder even where the engine has BuildKit (as {@code DOCKER_BUILDKIT=0} does);
     * {@code RUN --mount} then fails.
     */
    @Parameter(property = "stack.build.classic", defaultValue = "false")
    private boolean classic;

    /** Skips this goal. */
    @Parameter(property = "stack.build.skip", defaultValue = "false")
    private boolean skipBuild;

    /**
     * {@code auto}: build through a BuildKit client session (only changed files are sent, build secrets, registry
     * credentials for private base images), falling back to a tar upload where the engine refuses; {@code never}:
     * always upload the context as a tar.
     */
    @Parameter(property = "stack.buildSession", defaultValue = "auto")
    private String buildSession;

    /**
     * Build secrets by id for {@code RUN --mount=type=secret,id=...}: a file path or {@code env:NAME}, e.g.
     * {@code <secrets><maven-settings>${user.home}/.m2/settings.xml</maven-settings></secrets>}. Needs a session.
     */
    @Parameter
    private Map<String, String> secrets;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    private org.apache.maven.settings.Settings settings;

    private final org.apache.maven.settings.crypto.SettingsDecrypter decrypter;

    @javax.inject.Inject
    public BuildMojo(org.apache.maven.settings.crypto.SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    protected String goal() {
        return "build";
    }

    @Override
    protected String skipReason() {
        String reason = super.skipReason();
        return reason != null ? reason : skipBuild ? "stack.build.skip" : null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        // connecting costs about a second in a fresh JVM: do it while the Dockerfile, git and labels are read
        ClassLoader realm = Thread.currentThread().getContextClassLoader();
        CompletableFuture<EngineClient> connecting = CompletableFuture.supplyAsync(this::engine, task -> {
            Thread t = new Thread(task, "stack-engine-connect");
            t.setContextClassLoader(realm); // docker-java and Jackson look up services through it
            t.setDaemon(true);
            t.start();
        });
        try {
            build(connecting);
        } finally {
            try {
                connecting.join(); // finished either way, so that the goal's end closes the connection
            } catch (CompletionException e) {
                // an unreachable engine was reported by build(), unless an earlier mistake was
            }
        }
    }

    private void build(CompletableFuture<EngineClient> connecting) throws MojoExecutionException,
            MojoFailureException {
        Path contextDir = context.toPath().toAbsolutePath().normalize();
        Path file = dockerfile.toPath().toAbsolutePath().normalize();
        if (!Files.isDirectory(contextDir)) {
            throw new MojoFailureException("Build context " + contextDir + " is not a directory; set <context> or"
                    + " -Dstack.context=...");
        }
        if (!Files.isRegularFile(file)) {
            throw new MojoFailureException("Dockerfile not found: " + file + "; add one or set <dockerfile> or"
                    + " -Dstack.dockerfile=...");
        }
        String content = read(file);
        List<String> wanted = targets == null ? List.of() : targets.stream().map(String::trim)
                .filter(t -> !t.isEmpty()).toList();
        List<String> missing = DockerfileStages.missing(content, wanted);
        if (!missing.isEmpty()) {
            throw new MojoFailureException(file + " has no stage " + String.join(", ", missing) + " (stages: "
                    + String.join(", ", DockerfileStages.of(content)) + "); name them with FROM ... AS <name> or set"
                    + " <targets> / -Dstack.targets=...");
        }
        TagPolicy tags;
        try {
            tags = TagPolicy.of(project.getVersion(), null, List.of()).withMainTarget(mainTarget.trim());
            tags.buildRef(image, null);
        } catch (InvalidImageReferenceException e) {
            throw new MojoFailureException("stack.image / project version: " + e.getMessage());
        }
        Map<String, String> args = buildArgs();
        if (HostUser.runningAsRoot() && !args.containsKey("UID")) {
            getLog().info("Running as root: UID/GID build args left to the Dockerfile's defaults (set"
                    + " -Dstack.buildArgs.UID=... to choose)");
        }
        if (!args.isEmpty()) {
            getLog().info("Build args: " + describe(args));
        }
        boolean inside = file.startsWith(contextDir);
        TargetBuilder.Request request = new TargetBuilder.Request(contextDir,
                inside ? contextDir.relativize(file).toString().replace(File.separatorChar, '/') : null,
                inside ? null : content, image.trim(), wanted, tags, args, labels(), pull, noCache);
        List<BuiltImage> built;
        try {
            built = new TargetBuilder(classic ? ImageBuilder.classic(connected(connecting), events())
                    : BuildSessionSetup.apply(new ImageBuilder(connected(connecting), events()), buildSession,
                    secrets, project.getBasedir().toPath(), settings, decrypter, events()), events()).build(request,
                    getLog()::info);
        } catch (TargetBuildException e) {
            throw new MojoFailureException(e.getMessage() + baseImageHint(e, content, args));
        }
        try {
            ImagesJson.write(imagesJson(), built);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + imagesJson() + ": " + e.getMessage(), e);
        }
    }

    private static EngineClient connected(CompletableFuture<EngineClient> connecting) {
        try {
            return connecting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // EngineUnreachableException and friends, translated by AbstractStackMojo
            }
            throw e;
        }
    }

    /**
     * When a base image could not be pulled: what replaces it, the build arg of its {@code FROM} and the project
     * property the POM passes as that arg (for the archetype's {@code JDK_IMAGE}, {@code jdk.image}).
     */
    private String baseImageHint(TargetBuildException e, String dockerfileText, Map<String, String> args) {
        if (!(e.getCause() instanceof ImageBuildException b)) {
            return "";
        }
        return BaseImageHint.of(b.step(), b.error(), dockerfileText, args).map(found -> {
            if (found.arg() == null) {
                return "\nThe base image " + found.image() + " could not be pulled. " + dockerfile.getName()
                        + " names it in a FROM line; to replace it without editing the file, make it a build arg"
                        + " (ARG BASE_IMAGE=" + found.image() + " then FROM ${BASE_IMAGE}) and pass"
                        + " -Dstack.buildArgs.BASE_IMAGE=<an image your engine can pull>.";
            }
            String property = propertyHolding(args.get(found.arg()));
            return "\nThe base image " + found.image() + " could not be pulled. It is the build arg " + found.arg()
                    + " of " + dockerfile.getName() + " (FROM ${" + found.arg() + "}): point it at an image your engine"
                    + " can pull (a mirror, or one built from debian:bookworm-slim) with "
                    + (property != null ? "-D" + property + "=<image> (the POM passes it as " + found.arg() + ") or "
                    : "") + "-D" + BUILD_ARG_PREFIX + found.arg() + "=<image>.";
        }).orElse("");
    }

    /** The one project or user property (not a stack.* one) whose value is {@code value}, or null. */
    private String propertyHolding(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (java.util.Properties p : List.of(project.getProperties(), session.getUserProperties())) {
            p.stringPropertyNames().stream().filter(k -> !k.startsWith("stack.") && value.equals(p.getProperty(k)))
                    .forEach(names::add);
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** Host UID/GID, then the POM's {@code <buildArgs>}, then {@code -Dstack.buildArgs.NAME=value}. */
    Map<String, String> buildArgs() {
        Map<String, String> args = new LinkedHashMap<>(HostUser.buildArgs());
        if (buildArgs != null) {
            buildArgs.forEach((k, v) -> args.put(k, v == null ? "" : v));
        }
        new TreeMap<>(session.getUserProperties()).forEach((k, v) -> {
            String key = String.valueOf(k);
            if (key.startsWith(BUILD_ARG_PREFIX) && key.length() > BUILD_ARG_PREFIX.length()) {
                args.put(key.substring(BUILD_ARG_PREFIX.length()), String.valueOf(v));
            }
        });
        return args;
    }

    /** UID and GID with their values; other args by name only, since some carry tokens. */
    private static String describe(Map<String, String> args) {
        return String.join(", ", args.entrySet().stream().map(e -> e.getKey().equals("UID")
                || e.getKey().equals("GID") ? e.getKey() + "=" + e.getValue() : e.getKey()).toList());
    }

    private Map<String, String> labels() throws MojoFailureException {
        GitInfo git = GitInfo.of(project.getBasedir().toPath());
        String source = project.getScm() != null && project.getScm().getUrl() != null ? project.getScm().getUrl()
                : project.getUrl();
        List<String> licenses = project.getLicenses() == null ? List.of()
                : project.getLicenses().stream().map(License::getName).toList();
        Map<String, String> all = new LinkedHashMap<>(new OciLabels(project.getName(), project.getVersion(),
                git.revision().orElse(null), BuildTimestamp.of(project.getProperties()
                .getProperty("project.build.outputTimestamp")), source, licenses).asMap());
        if (imageLabels != null) {
            imageLabels.forEach((k, v) -> all.put(k, v == null ? "" : v));
        }
        all.putAll(extraLabels());
        return all;
    }

    private static String read(Path file) throws MojoExecutionException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
