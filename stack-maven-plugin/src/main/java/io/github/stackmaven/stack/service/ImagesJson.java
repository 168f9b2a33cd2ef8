package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.images.BuiltImage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code target/stack/images.json}: what {@code build} made, for {@code push} and for other tools.
 * <pre>{"images":[{"target":"production","id":"sha256:...","tags":["app:1.0"]}]}</pre>
 */
public final class ImagesJson {

    public static final String FILE_NAME = "images.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ImagesJson() {
    }

    public static void write(Path file, List<BuiltImage> images) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("images");
        for (BuiltImage image : images) {
            ObjectNode node = list.addObject();
            node.put("target", image.target());
            node.put("id", image.id());
            image.tags().forEach(node.putArray("tags")::add);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The images in {@code file}; throws {@link NoSuchFileException} when there is none. */
    public static List<BuiltImage> read(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<BuiltImage> images = new ArrayList<>();
        for (JsonNode node : root.path("images")) {
            List<String> tags = new ArrayList<>();
            node.path("tags").forEach(t -> tags.add(t.asText()));
            if (!node.hasNonNull("id") || tags.isEmpty()) {
                throw new IOException(file + ": an entry lacks its id or tags");
            }
            images.add(new BuiltImage(node.path("target").asText(null), node.get("id").asText(), tags));
        }
        return images;
    }
}
