package io.github.stackmaven.stack.service;

import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.orchestration.FakeEngineClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application layer against the in-memory engine: results, state, cleanup and typed failures. */
class StackServiceTest {
    private static final String COMPOSE = """
            name: shop
            services:
              db:
                image: busybox:latest
                ports: ["15432:5432"]
              app:
                image: busybox:latest
                depends_on: [db]
            """;

    @TempDir
    Path dir;
    private final FakeEngineClient engine = new FakeEngineClient();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private StackSession session;
    private StackService service;

    /** What a JUnit extension would implement: the directory, the environment, a wait mode. */
    private record Settings(Path directory, String environment, String timeout) implements StackSettings {
        @Override
        public String waitMode() {
            return "none";
        }

        @Override
        public Map<String, String> processEnvironment() {
            return Map.of();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        session = new StackSession(host -> engine);
        service = new StackService(session, new EventSink() {
            @Override
            public void info(String message) {
                log.add(message);
            }

            @Override
            public void warn(String message) {
                log.add(message);
            }

            @Override
            public void debug(String message) {
            }
        });
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    @Test
    void upExportsPortsAndRecordsTheStackForDown() throws Exception {
        UpResult up = service.up(new Settings(dir, "test", "2m"));

        assertThat(up.project()).startsWith("shop-test-");
        assertThat(up.host("db")).isEqualTo("127.0.0.1");
        assertThat(up.port("db")).isEqualTo(15432);
        assertThat(up.port("db", 5432)).isEqualTo(15432);
        assertThat(up.port("app")).isEqualTo(-1);
        assertThat(Files.readString(dir.resolve("target/stack/test.properties")))
                .contains("stack.project=" + up.project());
        assertThat(session.cleanup().isRegistered(up.project())).isTrue();
        assertThat(engine.containerServices()).containsExactly("app", "db");

        DownResult down = service.down(new Settings(dir, "test", "2m"));

        assertThat(down.project()).isEqualTo(up.project());
        assertThat(down.containers()).isEqualTo(2);
        assertThat(engine.containerServices()).isEmpty();
        assertThat(session.cleanup().isRegistered(up.project())).isFalse();
        assertThat(log).anyMatch(l -> l.startsWith("Removed stack " + up.project()));
    }

    @Test
    void theEndOfTheSessionRemovesATestStackWhoseDownNeverRan() throws Exception {
        service.up(new Settings(dir, "test", "2m"));
        assertThat(engine.containerServices()).hasSize(2);

        session.close();

        assertThat(engine.containerServices()).isEmpty();
    }

    @Test
    void aBadSettingFailsNamingItBeforeTheEngineIsAsked() {
        assertThatThrownBy(() -> service.up(new Settings(dir, "test", "two minutes")))
                .isInstanceOfSatisfying(InvalidSettingException.class, e -> {
                    assertThat(e.setting()).isEqualTo("stack.timeout");
                    assertThat(e.value()).isEqualTo("two minutes");
                });
        assertThat(engine.events).isEmpty();
    }

    @Test
    void aBrokenComposeFileIsADefinitionError() throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  db:\n    image: [\n");
        assertThatThrownBy(() -> service.up(new Settings(dir, "test", "2m")))
                .isInstanceOf(StackDefinitionException.class).hasMessageContaining("compose.yaml");
    }

    @Test
    void anEngineErrorDuringDownArrivesTypedAndUnwrapped() throws Exception {
        service.up(new Settings(dir, "test", "2m"));
        engine.failingRemovals.set(1);

        assertThatThrownBy(() -> service.down(new Settings(dir, "test", "2m")))
                .isInstanceOf(EngineFaultException.class)
                .hasMessageContaining("is already in progress")
                .hasCauseInstanceOf(io.github.stackmaven.stack.engine.EngineException.class);
    }

    @Test
    void downOfAStackThatIsNotThereSaysSo() throws Exception {
        DownResult down = service.down(new Settings(dir, "test", "2m"));

        assertThat(down.nothingFound()).isTrue();
        assertThat(down.project()).isEqualTo("shop");
        assertThat(log).anyMatch(l -> l.startsWith("Nothing to remove: no test stack shop"));
    }

    @Test
    void logsOfAStackThatIsNotRunningIsNotFound() {
        assertThatThrownBy(() -> service.logs(new Settings(dir, "dev", "2m"), new LogsOptions(false, -1)))
                .isInstanceOfSatisfying(StackNotFoundException.class,
                        e -> assertThat(e.project()).isEqualTo("shop"))
                .hasMessageContaining("start it with stack:up -Dstack.environment=dev");
    }

    @Test
    void aServiceThatExitsFailsUpWithItsStateAndLeavesNothing() {
        engine.life("db", FakeEngineClient.Life.exitsAfter(0, 3));

        assertThatThrownBy(() -> service.up(new Settings(dir, "test", "2m")))
                .isInstanceOfSatisfying(ServiceNotReadyException.class, e -> {
                    assertThat(e.project()).startsWith("shop-test-");
                    assertThat(e.services()).extracting(ServiceFailure::service).containsExactly("db");
                    assertThat(e.services()).filteredOn(f -> f.service().equals("db"))
                            .singleElement().satisfies(f -> assertThat(f.state()).isEqualTo("exited (3)"));
                })
                .hasMessageContaining("did not come up");
        assertThat(engine.containerServices()).isEmpty();
    }

    @Test
    void anotherEnvironmentsStackOfTheSameNameIsAConflict() throws Exception {
        service.up(new Settings(dir, "dev", "2m"));

        assertThatThrownBy(() -> service.up(new Settings(dir, "prod", "2m")))
                .isInstanceOfSatisfying(StackConflictException.class, e -> {
                    assertThat(e.project()).isEqualTo("shop");
                    assertThat(e.container()).startsWith("shop-");
                })
                .hasMessageContaining("belongs to the dev stack of the same project name");
        assertThat(engine.containerServices()).containsExactly("app", "db");
    }
}
