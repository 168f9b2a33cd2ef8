package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reuse or start: which stack a class gets, and who removes it (a launcher that records its calls). */
class StackResourceTest {
    @TempDir
    Path basedir;

    private final List<String> calls = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final ConsoleEvents events = new ConsoleEvents(new PrintStream(console, true), false);

    private StackLauncher launcher(Set<String> running, RuntimeException upFails) {
        return new StackLauncher() {
            @Override
            public boolean isRunning(StackOptions options, String project) {
                calls.add("isRunning " + project);
                return running.contains(project);
            }

            @Override
            public Launched up(StackOptions options) {
                calls.add("up " + options.environment());
                if (upFails != null) {
                    throw upFails;
                }
                return new Launched() {
                    @Override
                    public Map<String, String> values() {
                        return Map.of("stack.project", "app-test-new00001", "stack.db.port", "40000");
                    }

                    @Override
                    public void down(boolean testsFailed) {
                        calls.add("down failed=" + testsFailed);
                    }
                };
            }
        };
    }

    private Properties system(String... kv) {
        Properties p = new Properties();
        p.setProperty("basedir", basedir.toString());
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    private StackResource open(Properties system, StackLauncher launcher) {
        return StackResource.open(StackOptions.resolve(null, system), system, launcher, events);
    }

    private void recorded(String project) throws IOException {
        Files.createDirectories(basedir.resolve("target/stack"));
        Files.writeString(basedir.resolve("target/stack/test.properties"),
                "stack.project=" + project + "\nstack.db.port=41000\nstack.db.host=127.0.0.1\n");
    }

    @Test
    void open_systemPropertiesOfTheBuild_reusedAndNeverRemoved() {
        StackResource r = open(system("stack.project", "app-test-build001", "stack.db.port", "39000"),
                launcher(Set.of(), null));
        assertThat(r.stack().startedByExtension()).isFalse();
        assertThat(r.stack().port("db")).isEqualTo(39000);
        r.testFailed();
        r.close();
        assertThat(calls).isEmpty();
        assertThat(console.toString()).contains("Using stack app-test-build001 (test) started by the build");
    }

    @Test
    void open_fileOfARunningStack_reused() throws IOException {
        recorded("app-test-build002");
        StackResource r = open(system(), launcher(Set.of("app-test-build002"), null));
        assertThat(r.stack().project()).isEqualTo("app-test-build002");
        assertThat(r.stack().port("db")).isEqualTo(41000);
        r.close();
        assertThat(calls).containsExactly("isRunning app-test-build002");
    }

    @Test
    void open_fileOfAStackThatIsGone_startsOneAndRemovesItOnce() throws IOException {
        recorded("app-test-gone0003");
        StackResource r = open(system(), launcher(Set.of(), null));
        assertThat(r.stack().startedByExtension()).isTrue();
        assertThat(r.stack().project()).isEqualTo("app-test-new00001");
        r.testFailed();
        r.close();
        r.close();
        assertThat(calls).containsExactly("isRunning app-test-gone0003", "up test", "down failed=true");
        assertThat(console.toString()).contains("app-test-gone0003 recorded in").contains("no longer runs");
    }

    @Test
    void open_nothingRecorded_startsOne() {
        StackResource r = open(system(), launcher(Set.of(), null));
        assertThat(r.stack().port("db")).isEqualTo(40000);
        r.close();
        assertThat(calls).containsExactly("up test", "down failed=false");
    }

    @Test
    void open_startFails_everyUseRethrowsTheReasonWithoutRetrying() {
        StackResource r = open(system(), launcher(Set.of(), new StackStartException("Stack x did not come up.")));
        assertThatThrownBy(r::stack).hasMessage("Stack x did not come up.");
        assertThatThrownBy(r::stack).hasMessage("Stack x did not come up.");
        r.close();
        assertThat(calls).containsExactly("up test");
    }
}
