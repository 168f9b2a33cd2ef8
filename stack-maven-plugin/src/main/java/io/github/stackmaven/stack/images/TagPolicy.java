package io.github.stackmaven.stack.images;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Which names and tags the images get (DESIGN.md section 7). Build: the main target (default
 * {@code production}) is {@code <image>:<version>}, every other target {@code <image>-<target>:<version>}.
 * Push: explicit {@code stack.tags} replace the rule; otherwise a {@code -SNAPSHOT} version pushes {@code latest},
 * a release pushes {@code <version>}, and a HEAD exactly at a git tag also pushes that tag's name.
 */
public final class TagPolicy {

    public static final String MAIN_TARGET = "production";

    private final String version;
    private final String gitTag;
    private final List<String> explicitTags;
    private final String mainTarget;

    private TagPolicy(String version, String gitTag, List<String> explicitTags, String mainTarget) {
        this.version = ImageRef.checkTag(Objects.requireNonNull(version, "version"));
        this.gitTag = gitTag == null || gitTag.isBlank() ? null : gitTag.trim();
        List<String> tags = new ArrayList<>();
        for (String t : explicitTags) {
            if (!t.isBlank()) {
                tags.add(ImageRef.checkTag(t.trim()));
            }
        }
        this.explicitTags = List.copyOf(tags);
        this.mainTarget = mainTarget;
        if (this.gitTag != null && this.explicitTags.isEmpty()) {
            try {
                ImageRef.checkTag(this.gitTag);
            } catch (InvalidImageReferenceException e) {
                throw new InvalidImageReferenceException(this.gitTag, "(the git tag at HEAD) cannot be an image tag;"
                        + " set stack.tags to choose the tags to push");
            }
        }
    }

    /**
     * @param version      the project version (used as the build tag)
     * @param gitTag       the git tag HEAD is exactly at, or null
     * @param explicitTags {@code stack.tags}; empty to use the rule
     */
    public static TagPolicy of(String version, String gitTag, List<String> explicitTags) {
        return new TagPolicy(version, gitTag, explicitTags, MAIN_TARGET);
    }

    /** Another target than {@code production} named {@code <image>}. */
    public TagPolicy withMainTarget(String target) {
        return new TagPolicy(version, gitTag, explicitTags, Objects.requireNonNull(target));
    }

    public boolean isSnapshot() {
        return version.endsWith("-SNAPSHOT");
    }

    /** The tag every build gets: the project version. */
    public String buildTag() {
        return version;
    }

    /** The tags to push, in order, without duplicates. */
    public List<String> pushTags() {
        if (!explicitTags.isEmpty()) {
            return List.copyOf(new LinkedHashSet<>(explicitTags));
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        tags.add(isSnapshot() ? "latest" : version);
        if (gitTag != null) {
            tags.add(gitTag);
        }
        return List.copyOf(tags);
    }

    /** Repository of a target's image: {@code image} for the main target, else {@code image-target}. */
    public ImageRef repositoryFor(String image, String target) {
        String name = target == null || target.isEmpty() || target.equals(mainTarget) ? image : image + "-" + target;
        ImageRef ref = ImageRef.parse(name);
        if (ref.tag() != null || ref.digest() != null) {
            throw new InvalidImageReferenceException(image, "must be an image name without tag or digest"
                    + " (tags come from the version or stack.tags)");
        }
        return ref;
    }

    /** What {@code build} tags a target as: {@code <repository>:<version>}. */
    public ImageRef buildRef(String image, String target) {
        return repositoryFor(image, target).withTag(version);
    }

    /** What {@code push} sends for a target: one reference per push tag. */
    public List<ImageRef> pushRefs(String image, String target) {
        ImageRef repository = repositoryFor(image, target);
        return pushTags().stream().map(repository::withTag).toList();
    }
}
