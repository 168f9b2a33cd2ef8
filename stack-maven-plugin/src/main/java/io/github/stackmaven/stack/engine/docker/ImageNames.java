package io.github.stackmaven.stack.engine.docker;

/** Image reference helpers the engine API needs. */
final class ImageNames {
    private ImageNames() {
    }

    /** Pulling a repository without tag or digest would pull every tag: default to {@code latest}, as docker does. */
    static String withDefaultTag(String image) {
        if (image.contains("@")) {
            return image;
        }
        int slash = image.lastIndexOf('/');
        return image.indexOf(':', slash + 1) >= 0 ? image : image + ":latest";
    }
}
