package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncludeTest {

    @TempDir
    Path tmp;

    @Test
    void shortFormImportsResourcesWithTheirOwnPaths() {
        TestCompose.write(tmp, "db/compose.yaml", """
                services:
                  db:
                    image: postgres:${PG:-15}
                    volumes: ["./init:/docker-entrypoint-initdb.d"]
                volumes:
                  data: {}
                """);
        ComposeProject p = TestCompose.load(tmp, """
                include:
                  - db/compose.yaml
                services:
                  web: {image: nginx, depends_on: [db]}
                """);
        assertThat(p.services()).containsOnlyKeys("db", "web");
        assertThat(p.service("db").image()).isEqualTo("postgres:15");
        assertThat(p.service("db").volumes().get(0).source()).isEqualTo(tmp.resolve("db/init").toString());
        assertThat(p.volumes()).containsKey("data");
    }

    @Test
    void longFormWithEnvFileAndLocalDefinitionWinning() {
        TestCompose.write(tmp, "lib/compose.yaml", "services:\n  db: {image: \"postgres:${PG}\", user: pg}\n");
        TestCompose.write(tmp, "lib.env", "PG=16\n");
        ComposeProject p = TestCompose.load(tmp, Map.of(), """
                include:
                  - path: lib/compose.yaml
                    env_file: lib.env
                services:
                  db:
                    user: root
                """);
        assertThat(p.service("db").image()).isEqualTo("postgres:16");
        assertThat(p.service("db").user()).isEqualTo("root");
    }

    @Test
    void parentEnvironmentWinsOverTheIncludeEnvFile() {
        TestCompose.write(tmp, "lib/compose.yaml", "services:\n  db: {image: \"postgres:${PG}\"}\n");
        TestCompose.write(tmp, "lib/.env", "PG=16\n");
        ComposeProject p = TestCompose.load(tmp, Map.of("PG", "17"), "include: [lib/compose.yaml]\n");
        assertThat(p.service("db").image()).isEqualTo("postgres:17");
    }

    @Test
    void includeCycleIsAnError() {
        TestCompose.write(tmp, "a.yaml", "include: [b.yaml]\nservices:\n  a: {image: x}\n");
        TestCompose.write(tmp, "b.yaml", "include: [a.yaml]\nservices:\n  b: {image: x}\n");
        ComposeException e = TestCompose.error(tmp, "include: [a.yaml]\n");
        assertThat(e.problem()).contains("include cycle");
    }

    @Test
    void missingIncludedFileIsAnError() {
        ComposeException e = TestCompose.error(tmp, "include:\n  - nope.yaml\n");
        assertThat(e.problem()).contains("nope.yaml not found");
        assertThat(e.line()).isEqualTo(2);
    }
}
