package com.example.shop.notes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code version.json} (Dockerflow): name, version and commit, written by Maven into the jar at build time. */
public record VersionInfo(String json) {

    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]*)\"");

    public static VersionInfo fromClasspath() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("/version.json")) {
            if (in == null) {
                return new VersionInfo("{\"version\":\"unknown\",\"commit\":\"unknown\"}");
            }
            return new VersionInfo(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read version.json: " + e.getMessage(), e);
        }
    }

    public String version() {
        Matcher m = VERSION.matcher(json);
        return m.find() ? m.group(1) : "unknown";
    }
}
