package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtendsTest {

    @TempDir
    Path tmp;

    @Test
    void sameFileChainMergesLikeAnOverride() {
        ComposeProject p = TestCompose.load(tmp, """
                services:
                  a: {image: base, environment: {A: "1"}, ports: ["80"]}
                  b: {extends: a, environment: {B: "2"}}
                  c: {extends: {service: b}, environment: {A: "3"}, ports: ["81"]}
                """);
        Service c = p.service("c");
        assertThat(c.image()).isEqualTo("base");
        assertThat(c.environment()).containsEntry("A", "3").containsEntry("B", "2");
        assertThat(c.ports()).extracting(x -> x.target()).containsExactly(80, 81);
        assertThat(c.otherKeys()).doesNotContainKey("extends");
    }

    @Test
    void otherFileResolvesPathsAgainstItsOwnDirectory() {
        TestCompose.write(tmp, "common/base.yaml", """
                services:
                  app:
                    build: ./ctx
                    env_file: extra.env
                    volumes: ["./data:/data"]
                """);
        TestCompose.write(tmp, "common/extra.env", "FROM_FILE=yes\n");
        Service s = TestCompose.load(tmp, """
                services:
                  web:
                    extends: {file: common/base.yaml, service: app}
                """).service("web");
        assertThat(s.build().context()).isEqualTo(tmp.resolve("common/ctx").toString());
        assertThat(s.volumes().get(0).source()).isEqualTo(tmp.resolve("common/data").toString());
        assertThat(s.environment()).containsEntry("FROM_FILE", "yes");
    }

    @Test
    void cycleIsAnError() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  a: {image: x, extends: b}
                  b: {image: x, extends: a}
                """);
        assertThat(e.problem()).startsWith("circular reference: compose.yaml:a -> compose.yaml:b -> compose.yaml:a");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void missingBaseServiceSuggestsAName() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  base: {image: x}
                  web: {extends: bsae}
                """);
        assertThat(e.problem()).isEqualTo("cannot extend service \"web\" in compose.yaml: service \"bsae\" not found;"
                + " did you mean \"base\"?");
    }

    @Test
    void dependenciesOfTheBaseAreNotImported() {
        ComposeProject p = TestCompose.load(tmp, """
                services:
                  db: {image: postgres}
                  base: {image: x, depends_on: [db]}
                  web: {extends: base}
                """);
        assertThat(p.service("web").dependsOn()).containsOnlyKeys("db");
        assertThat(p.services()).containsOnlyKeys("db", "base", "web");
    }
}
