package io.github.stackmaven.stack.service;

/** A setting that cannot work (no such directory, no such stage, an invalid image name): the user must fix it. */
public final class ImageSettingsException extends ImageServiceException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public ImageSettingsException(String setting, String message) {
        super(message, null);
        this.setting = setting;
    }

    /** The setting at fault, by its property name ({@code stack.targets}). */
    public String setting() {
        return setting;
    }
}
