package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.images.BuiltImage;
import io.github.stackmaven.stack.images.DockerfileStages;
import io.github.stackmaven.stack.images.GitInfo;
import io.github.stackmaven.stack.images.HostUser;
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
     * {@code -Dstack.buildArgs.NAME=value} wins. {@code UID} and {@code GID} default to the current user's on Linux.
     */
    @Parameter
    private Map<String, String> buildArgs;

    /** Extra image labels; the {@code org.opencontainers.image.*} ones are set for you. */
    @Parameter
    private Map<String, String> imageLabels;

    /** Labels for everything the plugin creates, images included, {@code key=value,key2=value2}. */
    @Parameter(property = "stack.labels")
    private String labels;

    /** Always pull newer versions of the base images. */
    @Parameter(property = "stack.build.pull", defaultValue = "false")
    private boolean pull;

    /** Builds without the build cache. */
    @Parameter(property = "stack.build.noCache", defaultValue = "false")
    private boolean noCache;

    /** Skips this goal. */
    @Parameter(property = "stack.build.skip", defaultValue = "false")
    private boolean skipBuild;

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
        if (!args.isEmpty()) {
            getLog().info("Build args: " + describe(args));
        }
        boolean inside = file.startsWith(contextDir);
        TargetBuilder.Request request = new TargetBuilder.Request(contextDir,
                inside ? contextDir.relativize(file).toString().replace(File.separatorChar, '/') : null,
                inside ? null : content, image.trim(), wanted, tags, args, labels(), pull, noCache);
        List<BuiltImage> built;
        try {
            built = new TargetBuilder(new ImageBuilder(engine(), events()), events()).build(request,
                    getLog()::info);
        } catch (TargetBuildException e) {
            throw new MojoFailureException(e.getMessage());
        }
        try {
            ImagesJson.write(imagesJson(), built);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + imagesJson() + ": " + e.getMessage(), e);
        }
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
        if (labels != null && !labels.isBlank()) {
            for (String entry : labels.split(",")) {
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new MojoFailureException("stack.labels: '" + entry.trim() + "' is not key=value; write"
                            + " -Dstack.labels=team=payments,ci.job=123");
                }
                all.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
            }
        }
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
