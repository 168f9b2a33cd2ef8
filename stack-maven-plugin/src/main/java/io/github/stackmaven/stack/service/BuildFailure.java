package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.images.BaseImageHint;
import io.github.stackmaven.stack.images.ImageBuildException;
import io.github.stackmaven.stack.images.TargetBuildException;

import java.nio.file.Path;
import java.util.Map;

/**
 * A failed target as the user reads it: the target, its image and step, and when a base image could not be
 * pulled, what replaces it (the build arg of its {@code FROM} and the property the project passes as that arg).
 */
final class BuildFailure {

    static final String BUILD_ARG_PREFIX = "stack.buildArgs.";

    private BuildFailure() {
    }

    static ImageBuildFailedException of(TargetBuildException e, Path dockerfile, String content,
                                        Map<String, String> args, ImageSettings settings) {
        if (!(e.getCause() instanceof ImageBuildException b)) {
            return new ImageBuildFailedException(e.target(), null, e.getMessage(), e.getMessage(), e);
        }
        return new ImageBuildFailedException(e.target(), b.step(), b.error(),
                e.getMessage() + hint(b, dockerfile.getFileName().toString(), content, args, settings), e);
    }

    private static String hint(ImageBuildException b, String dockerfileName, String content,
                               Map<String, String> args, ImageSettings settings) {
        return BaseImageHint.of(b.step(), b.error(), content, args).map(found -> {
            if (found.arg() == null) {
                return "\nThe base image " + found.image() + " could not be pulled. " + dockerfileName
                        + " names it in a FROM line; to replace it without editing the file, make it a build arg"
                        + " (ARG BASE_IMAGE=" + found.image() + " then FROM ${BASE_IMAGE}) and pass"
                        + " -Dstack.buildArgs.BASE_IMAGE=<an image your engine can pull>.";
            }
            String value = args.get(found.arg());
            String property = value == null || value.isEmpty() ? null : settings.propertyHolding(value).orElse(null);
            return "\nThe base image " + found.image() + " could not be pulled. It is the build arg " + found.arg()
                    + " of " + dockerfileName + " (FROM ${" + found.arg() + "}): point it at an image your engine"
                    + " can pull (a mirror, or one built from debian:bookworm-slim) with "
                    + (property != null ? "-D" + property + "=<image> (the POM passes it as " + found.arg() + ") or "
                    : "") + "-D" + BUILD_ARG_PREFIX + found.arg() + "=<image>.";
        }).orElse("");
    }
}
