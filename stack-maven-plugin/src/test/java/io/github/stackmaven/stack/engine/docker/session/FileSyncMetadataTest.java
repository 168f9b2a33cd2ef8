package io.github.stackmaven.stack.engine.docker.session;

import io.grpc.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileSyncMetadataTest {

    @Test
    void plainValuesAreTakenAsTheyCome() {
        Metadata md = new Metadata();
        md.put(FileSyncService.key("exclude-patterns"), "target");
        md.put(FileSyncService.key("exclude-patterns"), "a%20b");
        assertThat(FileSyncService.all(md, FileSyncService.key("exclude-patterns"))).containsExactly("target",
                "a%20b");
    }

    @Test
    void encodedValuesAreUnescapedAsBuildkitEscapedThem() {
        Metadata md = new Metadata();
        md.put(FileSyncService.key("followpaths"), "Dockerfile");
        md.put(FileSyncService.key("followpaths"), "d%C3%A9p%C3%B4t+x");
        md.put(FileSyncService.key("followpaths-encoded"), "1");
        assertThat(FileSyncService.all(md, FileSyncService.key("followpaths"))).containsExactly("Dockerfile",
                "dépôt x");
    }
}
