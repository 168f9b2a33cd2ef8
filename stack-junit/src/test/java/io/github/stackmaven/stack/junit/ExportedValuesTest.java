package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class ExportedValuesTest {

    @Test
    void fromSystem_stackProjectPresent_collectsTheExportedKeysOnly() {
        Properties p = new Properties();
        p.setProperty("stack.project", "app-test-abcd1234");
        p.setProperty("stack.db.host", "localhost");
        p.setProperty("stack.db.port", "32768");
        p.setProperty("stack.db.port.5432", "32768");
        p.setProperty("stack.timeout", "3m");
        p.setProperty("stack.app.port", "${stack.app.port}");
        p.setProperty("java.version", "17");
        assertThat(ExportedValues.fromSystem(p, "test")).contains(Map.of("stack.project", "app-test-abcd1234",
                "stack.db.host", "localhost", "stack.db.port", "32768", "stack.db.port.5432", "32768"));
    }

    @Test
    void fromSystem_absentUnresolvedOrOtherEnvironment_isEmpty() {
        Properties p = new Properties();
        assertThat(ExportedValues.fromSystem(p, "test")).isEmpty();
        p.setProperty("stack.project", "${stack.project}");
        assertThat(ExportedValues.fromSystem(p, "test")).isEmpty();
        p.setProperty("stack.project", "app-ci-abcd1234");
        p.setProperty("stack.environment", "ci");
        assertThat(ExportedValues.fromSystem(p, "test")).isEmpty();
        assertThat(ExportedValues.fromSystem(p, "ci")).isPresent();
    }

    @Test
    void fromFile_readsWhatUpWrote(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test.properties"), """
                #written by stack:up; read by stack:down
                stack.app.host=127.0.0.1
                stack.app.port=40001
                stack.project=app-test-abcd1234
                """);
        assertThat(ExportedValues.fromFile(dir, "test")).contains(Map.of("stack.project", "app-test-abcd1234",
                "stack.app.host", "127.0.0.1", "stack.app.port", "40001"));
        assertThat(ExportedValues.fromFile(dir, "ci")).isEmpty();
    }

    @Test
    void fromFile_withoutProject_isEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("test.properties"), "stack.app.port=1\n");
        assertThat(ExportedValues.fromFile(dir, "test")).isEmpty();
    }

    @Test
    void exported_keys() {
        assertThat(ExportedValues.exported("stack.db.host")).isTrue();
        assertThat(ExportedValues.exported("stack.db.port")).isTrue();
        assertThat(ExportedValues.exported("stack.my.svc.port.5432")).isTrue();
        assertThat(ExportedValues.exported("stack.ports")).isFalse();
        assertThat(ExportedValues.exported("stack.files")).isFalse();
    }
}
