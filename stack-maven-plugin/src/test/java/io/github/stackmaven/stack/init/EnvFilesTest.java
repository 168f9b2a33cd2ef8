package io.github.stackmaven.stack.init;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnvFilesTest {

    @TempDir
    Path dir;

    private final EnvTemplate template = new EnvTemplate(EnvFiles.systemValues());

    @Test
    void discoversDotEnvAndEveryEnvTemplateSortedDotEnvFirst() throws Exception {
        Files.writeString(dir.resolve("app.env.default"), "A=1\n");
        Files.writeString(dir.resolve(".env.default"), "B=2\n");
        Files.writeString(dir.resolve("db.env.default"), "C=3\n");
        Files.writeString(dir.resolve("settings.xml.default"), "<x/>\n");
        Files.createDirectory(dir.resolve("dir.env.default"));
        assertThat(EnvFiles.discover(dir)).extracting(p -> p.target().getFileName().toString())
                .containsExactly(".env", "app.env", "db.env");
        assertThat(EnvFiles.discover(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void parsesExplicitPairs() {
        assertThat(EnvFiles.parse(dir, List.of(".env=example.env", " app.env ", "")))
                .containsExactly(new EnvFiles.Pair(dir.resolve(".env"), dir.resolve("example.env")),
                        new EnvFiles.Pair(dir.resolve("app.env"), dir.resolve("app.env.default")));
        assertThatThrownBy(() -> EnvFiles.parse(dir, List.of("=x"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not target=template");
    }

    @Test
    void createsTheFileOwnerOnlyWithSecretsFilledIn() throws Exception {
        Files.writeString(dir.resolve("app.env.default"), "# keep\nDB_PASSWORD=@{secret}\nKEY=@{secret:48}\n");
        EnvFiles.Pair pair = new EnvFiles.Pair(dir.resolve("app.env"), dir.resolve("app.env.default"));
        EnvFiles.Outcome outcome = EnvFiles.create(pair, template);
        assertThat(outcome.created()).isTrue();
        assertThat(outcome.secrets()).isEqualTo(2);
        String text = Files.readString(dir.resolve("app.env"));
        assertThat(text).matches("# keep\nDB_PASSWORD=[A-Za-z0-9]{32}\nKEY=[A-Za-z0-9]{48}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("app.env"))))
                .isEqualTo("rw-------");
        // the template itself is untouched
        assertThat(Files.readString(dir.resolve("app.env.default"))).contains("@{secret}");
    }

    @Test
    void twoRunsGiveDifferentSecrets() throws Exception {
        Files.writeString(dir.resolve("a.env.default"), "K=@{secret}\n");
        Files.writeString(dir.resolve("b.env.default"), "K=@{secret}\n");
        EnvFiles.discover(dir).forEach(p -> {
            try {
                EnvFiles.create(p, template);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(Files.readString(dir.resolve("a.env"))).isNotEqualTo(Files.readString(dir.resolve("b.env")));
    }

    @Test
    void neverOverwritesAnExistingFileNorChangesItsMode() throws Exception {
        Files.writeString(dir.resolve(".env.default"), "K=@{secret}\n");
        Files.writeString(dir.resolve(".env"), "K=mine\n");
        Files.setPosixFilePermissions(dir.resolve(".env"), PosixFilePermissions.fromString("rw-r--r--"));
        EnvFiles.Outcome outcome = EnvFiles.create(new EnvFiles.Pair(dir.resolve(".env"),
                dir.resolve(".env.default")), template);
        assertThat(outcome.created()).isFalse();
        assertThat(Files.readString(dir.resolve(".env"))).isEqualTo("K=mine\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(".env"))))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void anExistingTargetNeedsNoTemplateButAMissingOneDoes() throws Exception {
        Files.writeString(dir.resolve("app.env"), "X=1\n");
        assertThat(EnvFiles.create(new EnvFiles.Pair(dir.resolve("app.env"), dir.resolve("nope")), template)
                .created()).isFalse();
        assertThatThrownBy(() -> EnvFiles.create(new EnvFiles.Pair(dir.resolve("b.env"), dir.resolve("nope")),
                template)).isInstanceOf(EnvFiles.NoSuchTemplateException.class);
        assertThat(dir.resolve("b.env")).doesNotExist();
    }

    @Test
    void aBrokenTemplateLeavesNoFileBehind() throws Exception {
        Files.writeString(dir.resolve("app.env.default"), "K=@{nope}\n");
        assertThatThrownBy(() -> EnvFiles.create(new EnvFiles.Pair(dir.resolve("app.env"),
                dir.resolve("app.env.default")), template)).isInstanceOf(EnvTemplateException.class);
        assertThat(dir.resolve("app.env")).doesNotExist();
    }

    @Test
    void randomSecretsUseLettersAndDigitsOnly() {
        String s = EnvFiles.randomSecret(new Random(1), 2000);
        assertThat(s).hasSize(2000).matches("[A-Za-z0-9]+");
        assertThat(s.chars().distinct().count()).isEqualTo(62);
    }
}
