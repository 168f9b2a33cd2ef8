package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.write.ComposeWriter;
import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project environment precedence, env_file layering and masking. */
class EnvironmentTest {

    @TempDir
    Path tmp;

    @Test
    void osEnvironmentBeatsDotEnvAndDotEnvSeesOsFirst() {
        TestCompose.write(tmp, ".env", "FOO=foo\nBAR=${FOO}\nONLY_FILE=f\n");
        ComposeProject p = TestCompose.load(tmp, Map.of("FOO", "zot"), """
                services:
                  web: {image: "x:$FOO-$BAR-$ONLY_FILE"}
                """);
        assertThat(p.service("web").image()).isEqualTo("x:zot-zot-f");
        assertThat(p.environment()).containsEntry("COMPOSE_PROJECT_NAME", p.name());
    }

    @Test
    void explicitEnvFilesReplaceDotEnvAndLaterWins() {
        TestCompose.write(tmp, ".env", "TAG=dotenv\n");
        TestCompose.write(tmp, "a.env", "TAG=a\nOTHER=a\n");
        TestCompose.write(tmp, "b.env", "TAG=b\n");
        TestCompose.write(tmp, "compose.yaml", "services:\n  web: {image: \"x:$TAG-$OTHER\"}\n");
        ComposeProject p = ComposeLoader.load(LoadRequest.of(tmp, Map.of(), Path.of("compose.yaml"))
                .withEnvFiles(List.of(Path.of("a.env"), Path.of("b.env"))));
        assertThat(p.service("web").image()).isEqualTo("x:b-a");
    }

    @Test
    void envFilesLayerAndEnvironmentWinsIncludingUnset() {
        TestCompose.write(tmp, "one.env", "A=1\nB=1\nC=1\nSECRET=s3cr3t\n");
        TestCompose.write(tmp, "two.env", "B=2\nD=${A}-${FROM_ENV}\n");
        Service s = TestCompose.load(tmp, Map.of("C", "os"), """
                services:
                  web:
                    image: x
                    env_file: [one.env, {path: two.env}, {path: missing.env, required: false}]
                    environment:
                      FROM_ENV: e
                      C:
                      A: override
                """).service("web");
        assertThat(s.environment()).containsEntry("A", "override").containsEntry("B", "2").containsEntry("C", "os")
                .containsEntry("D", "override-e").containsEntry("SECRET", "s3cr3t");
        assertThat(s.environmentFromFiles()).containsEntry("B", tmp.resolve("two.env"))
                .containsEntry("SECRET", tmp.resolve("one.env")).doesNotContainKeys("A", "C", "FROM_ENV");
        assertThat(s.envFiles()).hasSize(3);
    }

    @Test
    void unresolvedBareEnvironmentEntryIsUnsetAndRemovesTheFileValue() {
        TestCompose.write(tmp, "app.env", "TOKEN=from-file\n");
        Service s = TestCompose.load(tmp, "services:\n  web:\n    image: x\n    env_file: app.env\n"
                + "    environment: [TOKEN]\n").service("web");
        assertThat(s.environment()).containsKey("TOKEN");
        assertThat(s.environment().get("TOKEN")).isNull();
    }

    @Test
    void rawFormatEnvFile() {
        TestCompose.write(tmp, "raw.env", "Q=\"kept\" $X\n");
        Service s = TestCompose.load(tmp, "services:\n  web:\n    image: x\n    env_file: [{path: raw.env, format: raw}]\n")
                .service("web");
        assertThat(s.environment()).containsEntry("Q", "\"kept\" $X");
    }

    @Test
    void configMasksValuesFromEnvFilesUnlessAsked() {
        TestCompose.write(tmp, "app.env", "PASSWORD=hunter2\n");
        ComposeProject p = TestCompose.load(tmp, "services:\n  web:\n    image: x\n    env_file: app.env\n"
                + "    environment: {PLAIN: visible}\n");
        String masked = ComposeWriter.masked().toYaml(p);
        assertThat(masked).contains("PASSWORD: '********'").contains("PLAIN: visible").doesNotContain("hunter2");
        assertThat(ComposeWriter.showingSecrets().toJson(p)).contains("\"PASSWORD\" : \"hunter2\"");
    }

    @Test
    void buildArgsWithoutValueComeFromTheProjectEnvironmentOrAreDropped() {
        Service s = TestCompose.load(tmp, Map.of("UID", "1234"), """
                services:
                  web:
                    build:
                      context: .
                      args: [UID, NOT_SET, FIXED=1]
                """).service("web");
        assertThat(s.build().args()).containsExactly(Map.entry("UID", "1234"), Map.entry("FIXED", "1"));
        assertThat(s.build().dockerfile()).isEqualTo("Dockerfile");
    }
}
