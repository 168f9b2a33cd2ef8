package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.compose.Durations;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineConnectionLostException;
import io.github.stackmaven.stack.engine.PublishedPort;
import io.github.stackmaven.stack.event.EventSink;
import io.github.stackmaven.stack.plan.WaitMode;
import io.github.stackmaven.stack.orchestration.wait.PortProbe;
import io.github.stackmaven.stack.orchestration.wait.Protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watches a started service until it is ready, as {@code up} judges it. Exit 0 is completed, and ready; healthy is
 * ready. A running service without a healthcheck is ready once each port it publishes answers or, when it publishes
 * none, once it stayed running for the settle time ({@link PortProbe}; in its own protocol for well-known images, see
 * {@link Protocol}); {@code x-stack.wait} or {@code stack.wait} change
 * that. A non-zero exit, an unhealthy check, a restart loop or the deadline fail it. The deadline counts from the
 * start of the service's container, plus its healthcheck's {@code start_period}.
 */
final class ServiceWatcher {
    static final Duration POLL = Duration.ofMillis(100);
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT)
            .startsWith("linux");

    private final EngineClient engine;
    private final EventSink events;
    private final RunOptions options;
    private final PortProbe probe;
    private final Duration reportEvery;

    ServiceWatcher(EngineClient engine, EventSink events, RunOptions options, PortProbe probe, Duration reportEvery) {
        this.engine = engine;
        this.events = events;
        this.options = options;
        this.probe = probe;
        this.reportEvery = reportEvery;
    }

    /** Called right after the service's containers were started. */
    void watch(ServiceRun run) {
        Instant started = Instant.now();
        Duration allowed = options.timeout().plus(startPeriod(run));
        Instant deadline = started.plus(allowed);
        Instant nextReport = started.plus(reportEvery);
        try {
            while (!run.ready.isDone()) {
                boolean allReady = true;
                for (String id : run.containerIds) {
                    allReady &= judge(run, engine.inspectContainer(id));
                    if (run.ready.isDone()) {
                        return;
                    }
                }
                if (allReady) {
                    run.ready.complete(null);
                    return;
                }
                Instant now = Instant.now();
                if (now.isAfter(deadline)) {
                    run.fail("not ready within " + Durations.text(allowed) + " (" + failedWait(run) + ")");
                    return;
                }
                if (!now.isBefore(nextReport)) {
                    events.info("waiting for " + run.name() + " (" + waiting(run) + ", "
                            + Durations.text(Duration.ofSeconds(Duration.between(started, now).toSeconds()))
                            + " of " + Durations.text(allowed) + ")");
                    nextReport = nextReport.plus(reportEvery);
                }
                engine.time().enter(); // the containers' own start, not the plugin's
                try {
                    Thread.sleep(POLL.toMillis());
                } finally {
                    engine.time().exit();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.fail("interrupted");
        } catch (EngineConnectionLostException e) {
            // up's own handling: one message, and removal once the engine answers again
            throw e;
        } catch (RuntimeException e) {
            run.fail(e.getMessage());
        }
    }

    /** The longest {@code start_period} among the service's healthchecks. */
    private static Duration startPeriod(ServiceRun run) {
        Duration longest = Duration.ZERO;
        for (ContainerSpec c : run.plan.containers()) {
            if (c.health() != null && c.health().startPeriod() != null && c.health().startPeriod().compareTo(longest) > 0) {
                longest = c.health().startPeriod();
            }
        }
        return longest;
    }

    /** True when this container counts as ready; fails the run when it never will be. */
    private boolean judge(ServiceRun run, ContainerState s) {
        run.lastState = s;
        run.waitingFor = null;
        if (s.isRunning() || s.hasExited()) {
            run.started.complete(null);
        }
        String exited = problem(s);
        if (exited != null) {
            if (s.hasExited() && s.exitCode() != null && s.exitCode() == 0) {
                run.completed.complete(null);
                run.healthy.complete(null);
                return true;
            }
            run.fail(exited);
            return false;
        }
        if (!s.isRunning()) {
            return false;
        }
        if (s.health() == null && run.healthyWaiter != null) {
            run.fail("has no healthcheck, but " + run.healthyWaiter + " waits for it to be healthy; add a"
                    + " healthcheck or use condition: service_started");
            return false;
        }
        if ("unhealthy".equals(s.health())) {
            run.fail("is unhealthy");
            return false;
        }
        if ("healthy".equals(s.health())) {
            run.healthy.complete(null);
        }
        WaitMode mode = run.plan.waitMode() != null ? run.plan.waitMode() : options.waitMode();
        List<PublishedPort> ports = mode == WaitMode.AUTO || mode == WaitMode.PORT ? ports(run, s.id()) : List.of();
        if (mode == WaitMode.AUTO) {
            mode = s.health() != null || ports.isEmpty() ? WaitMode.HEALTHCHECK : WaitMode.PORT;
        }
        if (mode == WaitMode.NONE) {
            return !run.mustComplete;
        }
        if (mode == WaitMode.HEALTHCHECK && s.health() != null) {
            if (!"healthy".equals(s.health())) {
                run.waitingFor = "health: " + s.health();
                return false;
            }
            return !run.mustComplete;
        }
        Instant since = run.runningSince.computeIfAbsent(s.id(), k -> Instant.now());
        // a port that answers proves more than the settle time: that settles only services with nothing to probe
        if (ports.isEmpty() && Duration.between(since, Instant.now()).compareTo(options.settle()) < 0) {
            run.waitingFor = "running for " + Durations.text(Duration.between(since, Instant.now()));
            return false;
        }
        for (PublishedPort p : ports) {
            Protocol protocol = Protocol.of(run.plan.image(), p.containerPort());
            String host = probeHost(p);
            PortProbe.Result r = protocol == null && listensAtItsAddress(run, s, p)
                    ? new PortProbe.Result(true, "accepts connections")
                    : probe.probe(host, p.hostPort(), protocol);
            if (!r.listening()) {
                run.waitingFor = "port " + p.containerPort() + " at " + host + ":" + p.hostPort() + " " + r.detail();
                return false;
            }
        }
        return !run.mustComplete;
    }

    /** Why a container that exited or keeps restarting will never be ready; null while it may still be. */
    static String problem(ContainerState s) {
        if (s.hasExited()) {
            if (s.exitCode() != null && s.exitCode() == 0) {
                return "exited with code 0";
            }
            return "exited with code " + s.exitCode() + (s.error() == null || s.error().isEmpty() ? ""
                    : " (" + s.error() + ")");
        }
        if ("restarting".equals(s.status()) || s.restartCount() > 0) {
            return "is restarting (restarted " + s.restartCount() + " time(s)): it keeps crashing";
        }
        return null;
    }

    /** The container's published TCP ports, one per host port, asked once per container. */
    private List<PublishedPort> ports(ServiceRun run, String id) {
        return run.ports.computeIfAbsent(id, k -> {
            Map<Integer, PublishedPort> byHostPort = new LinkedHashMap<>();
            for (PublishedPort p : engine.publishedPorts(id)) {
                if (p.isPublished() && "tcp".equals(p.protocol())) {
                    byHostPort.putIfAbsent(p.hostPort(), p);
                }
            }
            return new ArrayList<>(byHostPort.values());
        });
    }

    /**
     * The container's own address accepts a connection: proof of a listener without the engine's port proxy (which
     * accepts every connection, so the probe through it must wait for silence). Tried where the engine runs on this
     * Linux machine and its network's bridge is here ({@link io.github.stackmaven.stack.orchestration.wait.HostBridges});
     * elsewhere (a VM, a remote or rootless engine, Podman) the published port alone is probed from the first poll.
     */
    private boolean listensAtItsAddress(ServiceRun run, ContainerState s, PublishedPort p) {
        if (!probesLocally() || !LINUX || run.addressesUnreachable || s.addresses().isEmpty()) {
            return false;
        }
        boolean reached = false;
        for (Map.Entry<String, String> address : s.addresses().entrySet()) {
            PortProbe.Direct d = probe.probeDirect(address.getKey(), address.getValue(), p.containerPort());
            if (d == PortProbe.Direct.LISTENS) {
                return true;
            }
            reached |= d == PortProbe.Direct.REFUSED;
        }
        run.addressesUnreachable = !reached;
        return false;
    }

    /** The engine runs on this machine: its published ports are probed on their own address, or on loopback. */
    private boolean probesLocally() {
        return Set.of("127.0.0.1", "localhost").contains(options.probeHost());
    }

    private String probeHost(PublishedPort p) {
        String ip = p.hostIp();
        if (probesLocally() && ip != null && !ip.isEmpty() && !"0.0.0.0".equals(ip) && !"::".equals(ip)) {
            return ip;
        }
        return options.probeHost();
    }

    /** What the service is waiting for, as the periodic line shows it: {@code health: starting}, a port, ... */
    private static String waiting(ServiceRun run) {
        return run.waitingFor != null ? run.waitingFor : describe(run.lastState);
    }

    /** The state as a failed wait reports it: {@code running, starting}, with the port that does not answer. */
    private static String failedWait(ServiceRun run) {
        String detail = run.waitingFor;
        return describe(run.lastState) + (detail == null || detail.startsWith("health: ") ? "" : "; " + detail);
    }

    static String describe(ContainerState s) {
        if (s == null) {
            return "not created";
        }
        StringBuilder sb = new StringBuilder(s.status());
        if (s.health() != null) {
            sb.append(", ").append(s.health());
        }
        if (s.hasExited() && s.exitCode() != null) {
            sb.append(", exit code ").append(s.exitCode());
        }
        return sb.toString();
    }
}
