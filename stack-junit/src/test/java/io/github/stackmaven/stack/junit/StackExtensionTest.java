package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The extension in a real JUnit run (EngineTestKit), with a launcher that records its calls: injection into fields
 * and parameters, one stack for every class of the run, removed once at the end, with the failure noted.
 */
class StackExtensionTest {
    static final List<String> CALLS = new CopyOnWriteArrayList<>();

    static StackExtension extension() {
        Properties system = new Properties();
        system.setProperty("basedir", "/nonexistent/module");
        return new StackExtension(new StackLauncher() {
            @Override
            public boolean isRunning(StackOptions options, String project) {
                CALLS.add("isRunning " + project);
                return false;
            }

            @Override
            public Launched up(StackOptions options) {
                CALLS.add("up " + options.environment());
                return new Launched() {
                    @Override
                    public Map<String, String> values() {
                        return Map.of("stack.project", "app-test-fake0001", "stack.db.host", "127.0.0.1",
                                "stack.db.port", "40000", "stack.db.port.5432", "40000");
                    }

                    @Override
                    public void down(boolean testsFailed) {
                        CALLS.add("down failed=" + testsFailed);
                    }
                };
            }
        }, system);
    }

    static class First {
        @RegisterExtension
        static StackExtension stack = extension();

        @StackPort(value = "db", containerPort = 5432)
        int port;

        @Test
        void fieldAndParameters(@StackHost("db") String host, RunningStack running) {
            assertEquals(40000, port);
            assertEquals("127.0.0.1", host);
            assertEquals("app-test-fake0001", running.project());
            assertEquals(true, running.startedByExtension());
        }
    }

    static class Second {
        @RegisterExtension
        static StackExtension stack = extension();

        @Test
        void fails(@StackPort("db") long port) {
            assertEquals(1L, port);
        }
    }

    static class Unpublished {
        @RegisterExtension
        static StackExtension stack = extension();

        @Test
        void asksForAPortNotPublished(@StackPort("cache") int port) {
        }
    }

    @Test
    void oneStackPerRun_injected_removedOnceAtTheEnd_withTheFailureNoted() {
        CALLS.clear();
        var results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(First.class), selectClass(Second.class), selectClass(Unpublished.class))
                .execute().testEvents();
        results.assertStatistics(s -> s.started(3).succeeded(1).failed(2));
        assertThat(results.failed().stream().map(e -> e.getPayload(
                org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow()
                .getMessage())).anySatisfy(m -> assertThat(m)
                .startsWith("Service cache publishes no port in stack app-test-fake0001"));
        assertThat(CALLS).containsExactly("up test", "down failed=true");
    }
}
