package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** !reset and !override, after compose-go loader/reset_test.go and 13-merge.md. */
class ResetOverrideTest {

    private static final String BASE = """
            services:
              web:
                image: nginx
                command: [echo, base]
                ports: ["8080:80", "8443:443"]
                environment: {A: "1", B: "2"}
                healthcheck: {test: [CMD, ok], interval: 10s}
            """;

    @TempDir
    Path tmp;

    private Service load(String override) {
        return TestCompose.loadFiles(tmp, Map.of(), "compose.yaml", BASE, "override.yaml", override).service("web");
    }

    @Test
    void resetRemovesWhatEarlierFilesDefined() {
        Service s = load("""
                services:
                  web:
                    command: !reset null
                    ports: !reset []
                    environment: !reset {}
                """);
        assertThat(s.command()).isNull();
        assertThat(s.ports()).isEmpty();
        assertThat(s.environment()).isEmpty();
    }

    @Test
    void emptyResetTagWorks() {
        Service s = load("services:\n  web:\n    healthcheck: !reset\n");
        assertThat(s.healthcheck()).isNull();
    }

    @Test
    void overrideReplacesWithoutMergeRules() {
        Service s = load("""
                services:
                  web:
                    ports: !override ["9443:443"]
                    environment: !override {C: "3"}
                    healthcheck: !override {test: [CMD, other]}
                """);
        assertThat(s.ports()).extracting(p -> p.published()).containsExactly("9443");
        assertThat(s.environment()).containsOnlyKeys("C");
        assertThat(s.healthcheck().interval()).isNull();
        assertThat(s.healthcheck().test()).containsExactly("CMD", "other");
    }

    @Test
    void resetInTheFirstFileJustDropsTheKey() {
        Service s = TestCompose.load(tmp, "services:\n  web:\n    image: nginx\n    user: !reset root\n").service("web");
        assertThat(s.user()).isNull();
    }

    @Test
    void tagsActOnlyOnceNotOnLaterFiles() {
        ComposeProject p = TestCompose.loadFiles(tmp, Map.of(), "compose.yaml", BASE,
                "o1.yaml", "services:\n  web:\n    ports: !override [\"1:1\"]\n",
                "o2.yaml", "services:\n  web:\n    ports: [\"2:2\"]\n");
        assertThat(p.service("web").ports()).extracting(x -> x.published()).containsExactly("1", "2");
    }

    @Test
    void resetWorksThroughAliasesAndMergeKeys() {
        Service s = TestCompose.loadFiles(tmp, Map.of(), "compose.yaml", BASE, "override.yaml", """
                x-clear: &clear
                  command: !reset []
                services:
                  web:
                    <<: *clear
                """).service("web");
        assertThat(s.command()).isNull();
    }

    @Test
    void resetInsideExtendsRemovesTheInheritedValue() {
        Service s = TestCompose.load(tmp, """
                services:
                  base: {image: nginx, command: [echo, hi], environment: {A: "1"}}
                  web:
                    extends: base
                    command: !reset
                """).service("web");
        assertThat(s.command()).isNull();
        assertThat(s.environment()).containsEntry("A", "1");
    }
}
