package io.github.stackmaven.stack.service;

/**
 * Why {@link ImageService} could not build or push, one subtype per kind: a setting the user must fix
 * ({@link ImageSettingsException}), a build or a push that failed ({@link ImageBuildFailedException},
 * {@link ImagePushFailedException}), or files that could not be read or written ({@link ImageFilesException}).
 * Messages are complete: where, what is wrong, what to do.
 */
public abstract sealed class ImageServiceException extends Exception
        permits ImageSettingsException, ImageBuildFailedException, ImagePushFailedException, ImageFilesException {

    private static final long serialVersionUID = 1L;

    ImageServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
