package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs crafted to hang, exhaust or leak: each ends within 5 s in one positioned {@link ComposeException} that
 * quotes no secret and no content of a file that is not a compose file.
 */
public class HostileInputTest {

    @TempDir
    Path dir;

    private ComposeException error(String yaml) {
        return Bounded.call(() -> TestCompose.error(dir, yaml));
    }

    @Test
    void selfReferencingMergeIsRejectedWithItsPosition() {
        ComposeException e = error("x-a: &a\n  <<: *a\nservices: {}");
        assertThat(e.getMessage()).startsWith("compose.yaml:2:7: ").contains("*a").contains("(<<)").contains("line 1");
    }

    @Test
    void mergingAnEnclosingMappingIsRejected() {
        ComposeException e = error("x-a: &a\n  b:\n    <<: [*a]\nservices: {}\n");
        assertThat(e.getMessage()).startsWith("compose.yaml:3:10: ").contains("*a");
    }

    @Test
    void ordinaryMergesStillWork() {
        var project = Bounded.call(() -> TestCompose.load(dir, """
                x-base: &base
                  image: busybox
                  environment: {A: "1"}
                services:
                  web:
                    <<: *base
                    command: ["true"]
                  db:
                    <<: [*base]
                """));
        assertThat(project.services().get("web").image()).isEqualTo("busybox");
        assertThat(project.services().get("db").environment()).containsEntry("A", "1");
    }

    @Test
    void aHugeScalarIsRefusedQuicklyNamingTheLimit() {
        String yaml = "services:\n  web:\n    image: busybox\n    command: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n";
        ComposeException e = error(yaml);
        assertThat(e.getMessage()).startsWith("compose.yaml: ").contains("MiB").doesNotContain("xxxx");
    }

    @Test
    void aLargeButAcceptableFileLoadsInTime() {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < 500; i++) {
            yaml.append("  s").append(i).append(":\n    image: busybox\n    command: [\"echo\", \"")
                    .append("y".repeat(200)).append("\"]\n");
        }
        var project = Bounded.call(() -> TestCompose.load(dir, yaml.toString()));
        assertThat(project.services()).hasSize(500);
    }

    @Test
    void scaleOverflowNamesThePosition() {
        ComposeException e = error("services:\n  web:\n    image: busybox\n    scale: 2147483648\n");
        assertThat(e.getMessage()).startsWith("compose.yaml:4:12: services.web.scale: ")
                .doesNotContainIgnoringCase("integer overflow").contains("2147483647");
    }

    @Test
    void dotenvQuotingErrorNamesKeyAndLineButNotTheValue() {
        TestCompose.write(dir, "db.env", "USER=app\nDB_PASSWORD=\"s3cr3t-Hunter2\nOTHER=1\n");
        ComposeException e = error("services:\n  db:\n    image: busybox\n    env_file: db.env\n");
        assertThat(e.getMessage()).contains("db.env").contains("line 2").contains("DB_PASSWORD")
                .doesNotContain("s3cr3t").doesNotContain("Hunter2");
    }

    @Test
    void dotEnvQuotingErrorNamesKeyButNotTheValue() {
        TestCompose.write(dir, ".env", "TOKEN='abc-very-secret\n");
        ComposeException e = error("services:\n  db:\n    image: busybox\n");
        assertThat(e.getMessage()).startsWith(".env:1:").contains("TOKEN").doesNotContain("very-secret");
    }

    @Test
    void dotenvBadKeyDoesNotQuoteTheLine() {
        TestCompose.write(dir, "db.env", "DB PASSWORD=s3cr3t\n");
        ComposeException e = error("services:\n  db:\n    image: busybox\n    env_file: db.env\n");
        assertThat(e.getMessage()).contains("db.env").contains("line 1").doesNotContain("s3cr3t");
        TestCompose.write(dir, "db.env", "DB$PASSWORD=s3cr3t\n");
        ComposeException bad = error("services:\n  db:\n    image: busybox\n    env_file: db.env\n");
        assertThat(bad.getMessage()).contains("line 1").doesNotContain("s3cr3t");
    }

    @Test
    void dotenvInterpolationErrorDoesNotQuoteTheValue() {
        TestCompose.write(dir, "db.env", "DB_PASSWORD=\"pre-${BROKEN-s3cr3t\"\n");
        ComposeException e = error("services:\n  db:\n    image: busybox\n    env_file: db.env\n");
        assertThat(e.getMessage()).contains("DB_PASSWORD").doesNotContain("s3cr3t");
    }

    @Test
    void extendingAFileThatIsNotYamlQuotesNoneOfItsContent() {
        TestCompose.write(dir, "shadow", "root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n"
                + "daemon:*:19000:0:99999:7:::\n\tbad: [\n");
        ComposeException e = error("services:\n  web:\n    extends:\n      file: shadow\n      service: x\n");
        assertThat(e.getMessage()).contains("shadow").doesNotContain("hashhash").doesNotContain("saltsalt")
                .doesNotContain("daemon").doesNotContain("root");
    }

    @Test
    void extendingAFileWhoseTopLevelIsAScalarQuotesNothing() {
        TestCompose.write(dir, "passwd", "root:x:0:0:root-secret-line\n");
        ComposeException e = error("services:\n  web:\n    extends:\n      file: passwd\n      service: x\n");
        assertThat(e.getMessage()).startsWith("passwd:1:1: ").doesNotContain("root-secret-line");
    }

    @Test
    void yamlErrorsInTheComposeFileStillSayWhatIsWrong() {
        ComposeException e = error("services:\n  web: [\n");
        assertThat(e.getMessage()).startsWith("compose.yaml:").contains("invalid YAML");
    }

    @Test
    void aLongDependsOnChainNeedsNoDeepStack() {
        int n = 5001;
        var project = Bounded.call(() -> TestCompose.load(dir, chain(n, false)));
        assertThat(project.services()).hasSize(n);
        ComposeException e = Bounded.call(() -> TestCompose.error(dir, chain(n, true)));
        assertThat(e.getMessage()).contains("dependency cycle s00000 -> s00001 -> s00002");
    }

    /**
     * {@code n} services, each depending on the next one, declared (and sorted) head first so that a recursive walk
     * goes {@code n} levels deep; with {@code closed}, the last depends on the first.
     */
    public static String chain(int n, boolean closed) {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 0; i < n; i++) {
            yaml.append("  ").append(name(i)).append(":\n    image: busybox\n");
            if (i < n - 1 || closed) {
                yaml.append("    depends_on: [").append(name((i + 1) % n)).append("]\n");
            }
        }
        return yaml.toString();
    }

    private static String name(int i) {
        return String.format("s%05d", i);
    }
}
