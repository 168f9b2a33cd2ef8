package io.github.stackmaven.stack.compose.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeWriterTest {

    @TempDir
    Path tmp;

    private static ComposeProject load(Path dir, String yaml) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("compose.yaml"), yaml);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ComposeLoader.load(LoadRequest.of(dir, Map.of(), Path.of("compose.yaml")));
    }

    private ComposeProject project() {
        return load(tmp, """
                name: demo
                services:
                  zeta:
                    image: busybox
                    command: echo "hello world"
                    x-note: kept
                  alpha:
                    image: nginx
                    ports: ["8080:80"]
                    volumes: ["./html:/usr/share/nginx/html:ro", "data:/data"]
                    healthcheck: {test: curl -f localhost, interval: 90s}
                    deploy: {resources: {limits: {cpus: "0.5"}}}
                volumes:
                  data: {}
                x-top: 1
                """);
    }

    @Test
    void keyOrderIsDeterministicAndServicesAreSorted() {
        Map<String, Object> map = ComposeWriter.masked().toMap(project());
        assertThat(new ArrayList<>(map.keySet())).containsExactly("name", "services", "networks", "volumes", "x-top");
        @SuppressWarnings("unchecked")
        Map<String, Object> services = (Map<String, Object>) map.get("services");
        assertThat(new ArrayList<>(services.keySet())).containsExactly("alpha", "zeta");
    }

    @Test
    void yamlIsCanonicalLongSyntax() {
        String yaml = ComposeWriter.masked().toYaml(project());
        assertThat(yaml).startsWith("name: demo\nservices:\n  alpha:\n")
                .contains("      - mode: ingress\n        target: 80\n        published: \"8080\"\n        protocol: tcp\n")
                .contains("      - type: bind\n", "        read_only: true\n", "interval: 1m30s")
                .contains("      - echo\n      - hello world\n")
                .contains("x-note: kept", "name: demo_data", "name: demo_default")
                .contains("deploy:");
    }

    @Test
    void jsonRoundTripsToTheSameMap() throws Exception {
        ComposeProject p = project();
        String json = ComposeWriter.masked().write(p, ComposeWriter.Format.JSON);
        Map<?, ?> parsed = new ObjectMapper().readValue(json, Map.class);
        assertThat(parsed.get("name")).isEqualTo("demo");
        Map<?, ?> alpha = (Map<?, ?>) ((Map<?, ?>) parsed.get("services")).get("alpha");
        assertThat((List<?>) alpha.get("ports")).hasSize(1);
        assertThat(((Map<?, ?>) alpha.get("healthcheck")).get("test")).isEqualTo(List.of("CMD-SHELL", "curl -f localhost"));
    }

    @Test
    void yamlOutputLoadsBackToTheSameModel() {
        ComposeProject p = project();
        String yaml = ComposeWriter.showingSecrets().toYaml(p);
        Path again = tmp.resolve("again");
        ComposeProject reloaded = load(again, yaml);
        assertThat(reloaded.services().keySet()).isEqualTo(p.services().keySet());
        assertThat(reloaded.service("alpha").ports()).isEqualTo(p.service("alpha").ports());
        assertThat(reloaded.service("alpha").volumes()).isEqualTo(p.service("alpha").volumes());
        assertThat(reloaded.service("alpha").healthcheck()).isEqualTo(p.service("alpha").healthcheck());
        assertThat(reloaded.service("zeta").command()).isEqualTo(p.service("zeta").command());
    }
}
