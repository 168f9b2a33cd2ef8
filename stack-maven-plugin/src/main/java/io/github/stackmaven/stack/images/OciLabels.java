package io.github.stackmaven.stack.images;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code org.opencontainers.image.*} annotations (OCI image spec, annotations.md) that {@code build} puts on
 * every image as labels. Values that are unknown (no git, no URL, no licence) are left out rather than empty.
 *
 * @param created  when the image was built (RFC 3339, seconds)
 * @param licenses licence names; joined with {@code " AND "} as an SPDX-style expression
 */
public record OciLabels(String title, String version, String revision, Instant created, String source,
                        List<String> licenses) {

    public static final String PREFIX = "org.opencontainers.image.";

    public OciLabels {
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
    }

    public Map<String, String> asMap() {
        Map<String, String> labels = new LinkedHashMap<>();
        put(labels, "title", title);
        put(labels, "version", version);
        put(labels, "revision", revision);
        put(labels, "created", created == null ? null : created.truncatedTo(ChronoUnit.SECONDS).toString());
        put(labels, "source", source);
        put(labels, "licenses", licenses.stream().filter(l -> l != null && !l.isBlank()).map(String::trim)
                .reduce((a, b) -> a + " AND " + b).orElse(null));
        return labels;
    }

    private static void put(Map<String, String> labels, String key, String value) {
        if (value != null && !value.isBlank()) {
            labels.put(PREFIX + key, value.trim());
        }
    }
}
