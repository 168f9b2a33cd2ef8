package io.github.stackmaven.stack.engine;

/** No registry the engine could reach has the image (or refused access to it). */
public final class ImageNotFoundException extends EngineException {
    private static final long serialVersionUID = 1L;
    private final String image;

    public ImageNotFoundException(String image, String reason, Throwable cause) {
        super("Image " + image + " cannot be pulled: " + reason, cause);
        this.image = image;
    }

    public String image() {
        return image;
    }
}
