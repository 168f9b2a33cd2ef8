package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.event.RecordingEvents;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import io.github.stackmaven.stack.orchestration.FakeEngineClient.Life;
import io.github.stackmaven.stack.plan.PlanOptions;
import io.github.stackmaven.stack.plan.StackPlan;
import io.github.stackmaven.stack.plan.StackPlanner;
import io.github.stackmaven.stack.plan.WaitMode;
import io.github.stackmaven.stack.orchestration.wait.PortProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When up calls a service ready: settle time, published ports, x-stack.wait / stack.wait, deadlines, progress. */
class StackUpReadinessTest {
    @TempDir
    Path dir;

    private final List<ServerSocket> servers = new CopyOnWriteArrayList<>();
    /** Which container addresses are on a bridge of this machine (HostBridges); the fakes' are, unless a test says. */
    private java.util.function.BiPredicate<String, String> bridges = (network, address) -> true;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final RecordingEvents sink = new RecordingEvents();
    private final List<String> lines = sink.lines();

    @AfterEach
    void closeServers() throws IOException {
        for (ServerSocket s : servers) {
            s.close();
        }
        for (Socket s : held) {
            s.close();
        }
    }

    private StackPlan plan(String yaml) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        ComposeProject compose = ComposeLoader.load(LoadRequest.of(dir, Map.of(), dir.resolve("compose.yaml"))
                .withProjectName("shop"));
        return StackPlanner.plan(compose, new PlanOptions("shop-test-abcd1234", "test", null), Set.of());
    }

    private static RunOptions options(Duration timeout) {
        return new RunOptions("run1", Owner.current(), timeout, Map.of(), null, 30);
    }

    private UpResult up(FakeEngineClient engine, StackPlan plan, RunOptions options) {
        return new StackUp(engine, sink, new PortProbe(Duration.ofMillis(500), Duration.ofMillis(200), bridges),
                Duration.ofMillis(300)).up(plan, options);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A server on {@code port} from {@code after} on; it holds each connection, or closes it at once. */
    private void serveLater(int port, Duration after, boolean closeAtOnce) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(after.toMillis());
                ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
                servers.add(server);
                while (!server.isClosed()) {
                    Socket s = server.accept();
                    if (closeAtOnce) {
                        s.close();
                    } else {
                        held.add(s);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // closed by the test
            }
        });
        t.setDaemon(true);
        t.start();
    }

    @Test
    void aServiceThatExitsNonZeroShortlyAfterStartingFailsUp() throws IOException {
        // failed before: the first inspect saw it running and up called it ready
        FakeEngineClient engine = new FakeEngineClient().life("crash", Life.exitsAfter(3, 1));
        StackPlan plan = plan("services:\n  crash: {image: busybox}\n  other: {image: busybox}\n");
        assertThatThrownBy(() -> up(engine, plan, options(Duration.ofSeconds(20))))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("crash: exited with code 1")
                .hasMessageContaining("| log of crash")
                .hasMessageContaining("Everything the stack created has been removed.");
        assertThat(engine.containerServices()).isEmpty();
    }

    @Test
    void aServiceThatExitsAfterItWasReadyStillFailsUp() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.healthyAfter(1).thenExitsAt(2, 137));
        StackPlan plan = plan("services:\n  db: {image: busybox, healthcheck: {test: [\"CMD\", \"true\"]}}\n");
        assertThatThrownBy(() -> up(engine, plan, options(Duration.ofSeconds(20))))
                .hasMessageContaining("db: exited with code 137 after it was ready");
        assertThat(engine.containerServices()).isEmpty();
    }

    @Test
    void aRunningServiceWithoutHealthcheckOrPortsIsReadyAfterTheSettleTime() throws IOException {
        FakeEngineClient engine = new FakeEngineClient();
        long start = System.nanoTime();
        up(engine, plan("services:\n  worker: {image: busybox}\n"), options(Duration.ofSeconds(20))
                .withWait(WaitMode.AUTO, Duration.ofMillis(700)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aPortThatAnswersMakesTheServiceReadyWithoutTheSettleTime() throws IOException {
        // failed before: the settle time came first, then the probe (1.5 s of every up for an application)
        int port = freePort();
        serveLater(port, Duration.ZERO, false);
        long start = System.nanoTime();
        up(new FakeEngineClient(), plan("services:\n  app:\n    image: busybox\n    ports: [\"127.0.0.1:" + port
                + ":8080\"]\n"), options(Duration.ofSeconds(20)).withWait(WaitMode.AUTO, Duration.ofSeconds(10)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
        assertThat(held).isNotEmpty();
    }

    @Test
    void theContainersOwnAddressAnswersWithoutTheProxysSilence() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"),
                "direct probes are for engines on this Linux machine");
        // the published port behaves like an engine's port proxy with nothing behind it: it closes at once; the
        // container's own address (127.0.0.1 here, port 8080 -> a free port) has the listener
        int published = freePort();
        int own = freePort();
        serveLater(published, Duration.ZERO, true);
        serveLater(own, Duration.ZERO, false);
        FakeEngineClient engine = new FakeEngineClient().addresses("127.0.0.1");
        up(engine, plan("services:\n  app:\n    image: busybox\n    ports: [\"127.0.0.1:" + published + ":" + own
                + "\"]\n"), options(Duration.ofSeconds(5)));
        assertThat(held).isNotEmpty();

        // refused at the container's address is no answer (it may not be the container's): the published port
        // decides, here a proxy that holds every connection
        held.clear();
        int holding = freePort();
        serveLater(holding, Duration.ZERO, false);
        up(new FakeEngineClient().addresses("127.0.0.1"), plan("services:\n  app:\n    image: busybox\n    ports:"
                + " [\"127.0.0.1:" + holding + ":" + freePort() + "\"]\n"), options(Duration.ofSeconds(5)));
        assertThat(held).isNotEmpty();
    }

    @Test
    void anAddressOnNoBridgeOfThisMachineIsNotProbed() throws IOException {
        // an engine in a VM, a rootless one, or another engine with the same addresses: its container's address is
        // not tried, even when something there would accept; the published port decides (here: nothing behind it)
        bridges = (network, address) -> false;
        int published = freePort();
        int own = freePort();
        serveLater(published, Duration.ZERO, true);
        serveLater(own, Duration.ZERO, false);
        StackPlan plan = plan("services:\n  app:\n    image: busybox\n    ports: [\"127.0.0.1:" + published + ":" + own
                + "\"]\n");
        assertThatThrownBy(() -> up(new FakeEngineClient().addresses("127.0.0.1"), plan, options(Duration.ofMillis(1500))))
                .hasMessageContaining("closes connections at once");
        assertThat(held).isEmpty();
    }

    @Test
    void anUnreachableAddressFallsBackToThePublishedPort() throws IOException {
        int port = freePort();
        serveLater(port, Duration.ZERO, false);
        // TEST-NET-1 (RFC 5737): routed nowhere, as a container network behind a VM or a rootless engine
        FakeEngineClient engine = new FakeEngineClient().addresses("192.0.2.1");
        up(engine, plan("services:\n  app:\n    image: busybox\n    ports: [\"127.0.0.1:" + port + ":8080\"]\n"),
                options(Duration.ofSeconds(10)));
        assertThat(held).isNotEmpty();
    }

    @Test
    void aPublishedPortIsReadyOnlyOnceSomethingListensBehindIt() throws IOException {
        // failed before: up returned as soon as the container ran
        int port = freePort();
        serveLater(port, Duration.ofMillis(1500), false);
        FakeEngineClient engine = new FakeEngineClient();
        long start = System.nanoTime();
        up(engine, plan("services:\n  db:\n    image: busybox\n    ports: [\"127.0.0.1:" + port + ":5432\"]\n"),
                options(Duration.ofSeconds(20)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(servers).hasSize(1);
        assertThat(held).isNotEmpty();
        assertThat(lines).anyMatch(l -> l.startsWith("waiting for db (port 5432 at 127.0.0.1:" + port
                + " does not accept connections"));
    }

    @Test
    void aPortWhoseConnectionsCloseAtOnceIsNotReady_andTheFailureSaysSo() throws IOException {
        int port = freePort();
        serveLater(port, Duration.ZERO, true);
        FakeEngineClient engine = new FakeEngineClient();
        StackPlan plan = plan("services:\n  db:\n    image: busybox\n    ports: [\"127.0.0.1:" + port + ":5432\"]\n");
        assertThatThrownBy(() -> up(engine, plan, options(Duration.ofMillis(2500))))
                .hasMessageContaining("db: not ready within 2.5s (running; port 5432 at 127.0.0.1:" + port
                        + " closes connections at once (nothing listens yet))");
    }

    @Test
    void xStackWaitNone_orStackWaitHealthcheck_skipTheProbe() throws IOException {
        int port = freePort();
        serveLater(port, Duration.ZERO, true);
        String ports = "    ports: [\"127.0.0.1:" + port + ":5432\"]\n";
        up(new FakeEngineClient(), plan("services:\n  db:\n    image: busybox\n" + ports
                + "    x-stack: {wait: none}\n"), options(Duration.ofSeconds(2)));
        up(new FakeEngineClient(), plan("services:\n  db:\n    image: busybox\n" + ports),
                options(Duration.ofSeconds(2)).withWait(WaitMode.HEALTHCHECK, null));
        // and the service's own setting wins over stack.wait
        StackPlan probed = plan("services:\n  db:\n    image: busybox\n" + ports + "    x-stack: {wait: port}\n");
        assertThatThrownBy(() -> up(new FakeEngineClient(), probed,
                options(Duration.ofMillis(1500)).withWait(WaitMode.NONE, null)))
                .hasMessageContaining("closes connections at once");
    }

    @Test
    void aHealthcheckWinsOverThePortProbe() throws IOException {
        int port = freePort();
        serveLater(port, Duration.ZERO, true);
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.healthyAfter(2));
        up(engine, plan("services:\n  db:\n    image: busybox\n    ports: [\"127.0.0.1:" + port + ":5432\"]\n"
                + "    healthcheck: {test: [\"CMD\", \"true\"]}\n"), options(Duration.ofSeconds(3)));
        assertThat(engine.events).contains("healthy db");
    }

    @Test
    void theTimeoutCountsFromTheContainerStart_notThePull() throws IOException {
        // failed before: the deadline counted from the start of up, so a pull longer than the timeout failed it
        FakeEngineClient engine = new FakeEngineClient().life("db", Life.healthyAfter(3));
        engine.pullTakes = Duration.ofMillis(1500);
        up(engine, plan("services:\n  db:\n    image: busybox\n    pull_policy: always\n"
                + "    healthcheck: {test: [\"CMD\", \"true\"]}\n"), options(Duration.ofSeconds(1)));
        assertThat(engine.events).contains("pull busybox", "healthy db");
    }

    @Test
    void aStartPeriodExtendsTheWait_andProgressLinesSayWhatIsAwaited() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("app", Life.healthyAfter(12));
        up(engine, plan("services:\n  app:\n    image: busybox\n"
                + "    healthcheck: {test: [\"CMD\", \"true\"], start_period: 3s}\n"), options(Duration.ofMillis(200)));
        assertThat(engine.events).contains("healthy app");
        assertThat(lines).anyMatch(l -> l.matches("waiting for app \\(health: starting, \\S+ of 3.2s\\)"));
    }

    @Test
    void withoutStartPeriodTheSameServiceTimesOut() throws IOException {
        FakeEngineClient engine = new FakeEngineClient().life("app", Life.healthyAfter(30));
        StackPlan plan = plan("services:\n  app:\n    image: busybox\n    healthcheck: {test: [\"CMD\", \"true\"]}\n");
        assertThatThrownBy(() -> up(engine, plan, options(Duration.ofMillis(500))))
                .hasMessageContaining("app: not ready within 500ms (running, starting)");
    }

    @Test
    void pullAlwaysPullsPresentImages_otherwiseTheyAreUsedAsTheyAre() throws IOException {
        StackPlan plan = plan("services:\n  db: {image: busybox}\n  local: {image: mine, pull_policy: never}\n");
        FakeEngineClient plain = new FakeEngineClient();
        up(plain, plan, options(Duration.ofSeconds(5)).withWait(WaitMode.NONE, null));
        assertThat(plain.events).noneMatch(e -> e.startsWith("pull "));
        FakeEngineClient always = new FakeEngineClient();
        up(always, plan, options(Duration.ofSeconds(5)).withWait(WaitMode.NONE, null).withImages(false, true));
        assertThat(always.events).contains("pull busybox").doesNotContain("pull mine");
    }
}
