package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.BuildEvent;
import io.github.stackmaven.stack.engine.BuildFailedException;
import io.github.stackmaven.stack.engine.BuildRequest;
import io.github.stackmaven.stack.engine.PushEvent;
import io.github.stackmaven.stack.engine.PushFailedException;
import io.github.stackmaven.stack.engine.RegistryAuth;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineEndpoint;
import io.github.stackmaven.stack.engine.EngineInfo;
import io.github.stackmaven.stack.engine.NetworkAttachment;
import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.PublishedPort;
import io.github.stackmaven.stack.engine.Resource;
import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.engine.VolumeConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An engine in memory, for the orchestration logic: containers follow a scripted life per service (healthy after
 * some polls, exit with a code, ...) and every call is recorded in {@link #events}. Builds answer with a
 * started and a done step and the id {@code sha256:<target>}, pushes with a layer and a digest, unless a failure
 * is scripted ({@link #failBuild}, {@link #failPush}).
 */
public final class FakeEngineClient implements EngineClient {

    /**
     * How a service's container behaves once started; {@code exitAtPoll > 0} makes it exit with {@code laterExitCode}
     * at that poll, after it settled.
     */
    public record Life(int pollsUntilSettled, String settledStatus, Integer exitCode, String health, int exitAtPoll,
                Integer laterExitCode) {
        Life(int pollsUntilSettled, String settledStatus, Integer exitCode, String health) {
            this(pollsUntilSettled, settledStatus, exitCode, health, 0, null);
        }

        Life thenExitsAt(int poll, int code) {
            return new Life(pollsUntilSettled, settledStatus, exitCode, health, poll, code);
        }

        public static Life running() {
            return new Life(0, "running", null, null);
        }

        public static Life healthyAfter(int polls) {
            return new Life(polls, "running", null, "healthy");
        }

        public static Life unhealthyAfter(int polls) {
            return new Life(polls, "running", null, "unhealthy");
        }

        public static Life exitsAfter(int polls, int code) {
            return new Life(polls, "exited", code, null);
        }
    }

    private final class Container {
        final String id;
        final ContainerSpec spec;
        final Life life;
        volatile boolean started;
        volatile int polls;

        Container(String id, ContainerSpec spec, Life life) {
            this.id = id;
            this.spec = spec;
            this.life = life;
        }

        String service() {
            return spec.labels().get(StackLabels.SERVICE);
        }
    }

    public final List<String> events = new CopyOnWriteArrayList<>();
    final Map<String, Life> lives = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> networks = new ConcurrentHashMap<>();
    final Map<String, Map<String, String>> volumes = new ConcurrentHashMap<>();
    private final Map<String, Container> containers = new ConcurrentHashMap<>();
    /** How long each pull takes. */
    volatile Duration pullTakes = Duration.ZERO;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    /** Creates that succeed before the connection drops; negative: it never drops. */
    private final java.util.concurrent.atomic.AtomicInteger createsBeforeDrop =
            new java.util.concurrent.atomic.AtomicInteger(-1);
    /** Calls that fail after the drop, before the engine answers again. */
    private final java.util.concurrent.atomic.AtomicInteger failingCalls =
            new java.util.concurrent.atomic.AtomicInteger();
    private int callsWhileDown;
    /** Container removals that fail before one succeeds ("removal already in progress"). */
    public final java.util.concurrent.atomic.AtomicInteger failingRemovals = new java.util.concurrent.atomic.AtomicInteger();
    /** When set, every create waits here: a create held in flight. */
    volatile java.util.concurrent.CountDownLatch createGate;
    static final String END_OF_LOG = "\u0000end";
    private final Map<String, java.util.concurrent.BlockingQueue<String>> logs = new ConcurrentHashMap<>();
    volatile boolean closed;
    private volatile Map<String, String> addresses = Map.of();
    private final io.github.stackmaven.stack.engine.EngineTime time = new io.github.stackmaven.stack.engine.EngineTime();

    /** Whether {@link #close()} ran. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public io.github.stackmaven.stack.engine.EngineTime time() {
        return time;
    }
    final java.util.concurrent.CountDownLatch createEntered = new java.util.concurrent.CountDownLatch(1);

    /** The connection drops at the create after {@code creates} creates; then {@code calls} calls fail. */
    FakeEngineClient dropConnection(int creates, int calls) {
        createsBeforeDrop.set(creates);
        callsWhileDown = calls;
        return this;
    }

    /** The connection drops now; {@code calls} calls fail before the engine answers again. */
    FakeEngineClient dropNow(int calls) {
        failingCalls.set(calls);
        return this;
    }

    private void answer(String what) {
        if (failingCalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw lost(what);
        }
    }

    private static io.github.stackmaven.stack.engine.EngineConnectionLostException lost(String what) {
        return new io.github.stackmaven.stack.engine.EngineConnectionLostException("unix:///fake.sock", what,
                "SocketException: Connection reset", new java.net.SocketException("Connection reset"));
    }

    /** Every running container reports these addresses, on networks net-1, net-2, ... (none unless set). */
    public FakeEngineClient addresses(String... addresses) {
        Map<String, String> byNetwork = new java.util.LinkedHashMap<>();
        for (int i = 0; i < addresses.length; i++) {
            byNetwork.put("net-" + (i + 1), addresses[i]);
        }
        this.addresses = byNetwork;
        return this;
    }

    public FakeEngineClient life(String service, Life life) {
        lives.put(service, life);
        return this;
    }

    @Override
    public EngineInfo info() {
        return new EngineInfo(EngineEndpoint.of("unix:///fake.sock", "test"), "Fake Engine", "1", "1.99", "linux",
                "amd64");
    }

    @Override
    public List<ContainerSummary> listContainers(Map<String, String> labels) {
        answer("listing containers");
        List<ContainerSummary> out = new ArrayList<>();
        for (Container c : containers.values()) {
            if (matches(c.spec.labels(), labels)) {
                out.add(new ContainerSummary(c.id, c.spec.name(), c.spec.image(), state(c, false).status(), "",
                        c.spec.labels(), List.of()));
            }
        }
        return out;
    }

    private static boolean matches(Map<String, String> actual, Map<String, String> wanted) {
        return wanted.entrySet().stream().allMatch(e -> actual.containsKey(e.getKey())
                && (e.getValue() == null || e.getValue().equals(actual.get(e.getKey()))));
    }

    @Override
    public List<Resource> listNetworks(Map<String, String> labels) {
        answer("listing networks");
        return networks.entrySet().stream().filter(e -> matches(e.getValue(), labels))
                .map(e -> new Resource(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<Resource> listVolumes(Map<String, String> labels) {
        return volumes.entrySet().stream().filter(e -> matches(e.getValue(), labels))
                .map(e -> new Resource(e.getKey(), e.getValue())).toList();
    }

    @Override
    public boolean imageExists(String image) {
        return true;
    }

    @Override
    public void pullImage(String image, String platform,
                          Consumer<io.github.stackmaven.stack.engine.LayerUpdate> progress) {
        events.add("pull " + image);
        try {
            Thread.sleep(pullTakes.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean networkExists(String name) {
        return networks.containsKey(name);
    }

    @Override
    public void createNetwork(NetworkConfig spec) {
        events.add("create network " + spec.name());
        networks.put(spec.name(), spec.labels());
    }

    @Override
    public void removeNetwork(String name) {
        answer("removing network " + name);
        if (failingRemovals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new io.github.stackmaven.stack.engine.EngineException("Engine error while removing network " + name
                    + ": network " + name + " has active endpoints");
        }
        if (networks.remove(name) != null) {
            events.add("remove network " + name);
        }
    }

    @Override
    public boolean volumeExists(String name) {
        return volumes.containsKey(name);
    }

    @Override
    public void createVolume(VolumeConfig spec) {
        events.add("create volume " + spec.name());
        volumes.put(spec.name(), spec.labels());
    }

    @Override
    public void removeVolume(String name) {
        if (volumes.remove(name) != null) {
            events.add("remove volume " + name);
        }
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        answer("creating container " + spec.name());
        if (createsBeforeDrop.getAndDecrement() == 0) {
            failingCalls.set(callsWhileDown);
            throw lost("creating container " + spec.name());
        }
        createEntered.countDown();
        if (createGate != null) {
            try {
                createGate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String id = "c" + next.incrementAndGet();
        Container c = new Container(id, spec, lives.getOrDefault(spec.labels().get(StackLabels.SERVICE),
                Life.running()));
        containers.put(id, c);
        events.add("create " + c.service());
        return id;
    }

    @Override
    public void connectNetwork(String containerId, NetworkAttachment attachment) {
        events.add("connect " + containers.get(containerId).service() + " " + attachment.network());
    }

    @Override
    public void startContainer(String id) {
        Container c = containers.get(id);
        c.started = true;
        events.add("start " + c.service());
    }

    @Override
    public void stopContainer(String id, Duration timeout) {
        Container c = containers.get(id);
        if (c != null) {
            events.add("stop " + c.service() + " " + timeout);
        }
    }

    @Override
    public void removeContainer(String id, boolean withAnonymousVolumes) {
        answer("removing container " + id);
        if (failingRemovals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new io.github.stackmaven.stack.engine.EngineException("Engine error while removing container " + id
                    + ": removal of container " + id + " is already in progress");
        }
        Container c = containers.remove(id);
        if (c != null) {
            events.add("remove " + c.service());
        }
    }

    @Override
    public ContainerState inspectContainer(String id) {
        answer("inspecting container " + id);
        Container c = containers.get(id);
        return state(c, true);
    }

    private ContainerState state(Container c, boolean poll) {
        if (!c.started) {
            return new ContainerState(c.id, c.spec.name(), "created", null, null, null, 0, null);
        }
        int polls = poll ? ++c.polls : c.polls;
        Life life = c.life;
        if (life.exitAtPoll() > 0 && polls >= life.exitAtPoll()) {
            return new ContainerState(c.id, c.spec.name(), "exited", life.laterExitCode(), life.health(), null, 0, null);
        }
        if (polls < life.pollsUntilSettled()) {
            return new ContainerState(c.id, c.spec.name(), "running", null, life.health() == null ? null : "starting",
                    "not yet", 0, null, addresses);
        }
        if (poll && polls == life.pollsUntilSettled()) {
            events.add((life.health() != null ? life.health() : life.settledStatus()) + " " + c.service());
        }
        return new ContainerState(c.id, c.spec.name(), life.settledStatus(), life.exitCode(), life.health(),
                life.health() == null ? null : "probe output of " + c.service(), 0, null, addresses);
    }

    @Override
    public List<PublishedPort> publishedPorts(String id) {
        List<PublishedPort> out = new ArrayList<>();
        for (var p : containers.get(id).spec.ports()) {
            if (p.hostPort() != null) {
                out.add(new PublishedPort(p.containerPort(), p.protocol(), p.hostIp() == null ? "0.0.0.0" : p.hostIp(),
                        Integer.parseInt(p.hostPort())));
            }
        }
        return out;
    }

    @Override
    public List<String> logTail(String id, int lines) {
        Container c = containers.get(id);
        return c == null ? List.of() : List.of("log of " + c.service());
    }

    @Override
    public void streamLogs(String id, int tail, boolean follow, Consumer<String> sink) {
    }

    @Override
    public io.github.stackmaven.stack.engine.LogFollow followLogs(String id, Consumer<String> sink) {
        java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.BlockingQueue<String> lines = logs.computeIfAbsent(id,
                k -> new java.util.concurrent.LinkedBlockingQueue<>());
        Thread t = new Thread(() -> {
            try {
                for (String line = lines.take(); !line.equals(END_OF_LOG); line = lines.take()) {
                    sink.accept(line);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.countDown();
        });
        t.setDaemon(true);
        t.start();
        return new io.github.stackmaven.stack.engine.LogFollow() {
            @Override
            public boolean awaitEnd(Duration timeout) {
                try {
                    return ended.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public void close() {
                t.interrupt();
            }
        };
    }

    /** A line for the container's followers; {@link #END_OF_LOG} ends the stream (the container stopped). */
    void print(String id, String line) {
        logs.computeIfAbsent(id, k -> new java.util.concurrent.LinkedBlockingQueue<>()).add(line);
    }

    private final List<BuildRequest> builds = new CopyOnWriteArrayList<>();
    private final Map<String, BuildFailedException> buildFailures = new ConcurrentHashMap<>();
    private final Map<String, PushFailedException> pushFailures = new ConcurrentHashMap<>();
    private final Map<String, RegistryAuth> pushes = Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** Every call, in order ({@code build production}, {@code tag sha256:x app:1}, {@code push app:1}, ...). */
    public List<String> calls() {
        return List.copyOf(events);
    }

    /** The builds sent, in order. */
    public List<BuildRequest> builds() {
        return List.copyOf(builds);
    }

    /** The pushed {@code repository:tag}s, in order, with the credentials sent (null: anonymous). */
    public Map<String, RegistryAuth> pushes() {
        synchronized (pushes) {
            return new java.util.LinkedHashMap<>(pushes);
        }
    }

    /** The build of {@code target} (null: the last stage) fails at {@code step} with {@code error}. */
    public FakeEngineClient failBuild(String target, String step, String error, List<String> lastLines) {
        buildFailures.put(String.valueOf(target), new BuildFailedException(target, step, error, lastLines));
        return this;
    }

    /** Pushing {@code repository:tag} fails with the registry's {@code error}. */
    public FakeEngineClient failPush(String image, String error) {
        pushFailures.put(image, new PushFailedException(image, error, 0));
        return this;
    }

    @Override
    public String build(BuildRequest request, Consumer<BuildEvent> progress) {
        answer("build");
        events.add("build " + request.target());
        builds.add(request);
        progress.accept(new BuildEvent.StepStarted(1, "[" + request.target() + " 1/1] RUN make"));
        BuildFailedException failure = buildFailures.get(String.valueOf(request.target()));
        if (failure != null) {
            progress.accept(new BuildEvent.StepFailed(1, failure.error()));
            throw failure;
        }
        progress.accept(new BuildEvent.StepDone(1, Duration.ofMillis(1200)));
        return "sha256:" + request.target();
    }

    @Override
    public boolean supportsBuildkit() {
        return true;
    }

    @Override
    public java.util.Optional<io.github.stackmaven.stack.engine.ImageInfo> inspectImage(String image) {
        return java.util.Optional.empty();
    }

    @Override
    public void tagImage(String image, String repository, String tag) {
        answer("tag");
        events.add("tag " + image + " " + repository + ":" + tag);
    }

    @Override
    public String pushImage(String repository, String tag, RegistryAuth auth, Consumer<PushEvent> progress) {
        answer("push");
        String image = repository + ":" + tag;
        events.add("push " + image);
        pushes.put(image, auth);
        progress.accept(new PushEvent.Status("The push refers to repository [" + repository + "]"));
        progress.accept(new PushEvent.Layer("a1", "Pushed", 0, 0));
        PushFailedException failure = pushFailures.get(image);
        if (failure != null) {
            throw failure;
        }
        String digest = "sha256:" + "d".repeat(64);
        progress.accept(new PushEvent.Digest(tag, digest));
        return digest;
    }

    @Override
    public void close() {
        closed = true;
    }

    public List<String> containerServices() {
        List<String> out = new ArrayList<>();
        containers.values().forEach(c -> out.add(c.service()));
        Collections.sort(out);
        return out;
    }
}
