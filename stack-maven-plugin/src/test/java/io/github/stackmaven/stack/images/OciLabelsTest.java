package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OciLabelsTest {

    @Test
    void asMap_allKnown() {
        OciLabels l = new OciLabels("Demo", "1.0", "abc123", Instant.parse("2026-11-22T10:11:12.345Z"),
                "https://git.example.org/demo", List.of("Apache-2.0", "MIT"));
        assertThat(l.asMap()).containsExactly(
                java.util.Map.entry("org.opencontainers.image.title", "Demo"),
                java.util.Map.entry("org.opencontainers.image.version", "1.0"),
                java.util.Map.entry("org.opencontainers.image.revision", "abc123"),
                java.util.Map.entry("org.opencontainers.image.created", "2026-11-22T10:11:12Z"),
                java.util.Map.entry("org.opencontainers.image.source", "https://git.example.org/demo"),
                java.util.Map.entry("org.opencontainers.image.licenses", "Apache-2.0 AND MIT"));
    }

    @Test
    void asMap_unknownValuesLeftOut() {
        OciLabels l = new OciLabels("Demo", "1.0-SNAPSHOT", null, null, " ", null);
        assertThat(l.asMap()).containsOnlyKeys("org.opencontainers.image.title", "org.opencontainers.image.version");
    }
}
