package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.ListContainersCmd;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineConnectionLostException;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.LogFollow;
import io.github.stackmaven.stack.engine.EngineInfo;
import io.github.stackmaven.stack.engine.LayerUpdate;
import io.github.stackmaven.stack.engine.PublishedPort;
import io.github.stackmaven.stack.engine.Resource;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.ContainerState;
import io.github.stackmaven.stack.engine.ImageNotFoundException;
import io.github.stackmaven.stack.engine.NetworkAttachment;
import io.github.stackmaven.stack.engine.NetworkConfig;
import io.github.stackmaven.stack.engine.VolumeConfig;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.command.HealthStateLog;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.PullResponseItem;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import io.github.stackmaven.stack.engine.BuildSession;
import io.github.stackmaven.stack.engine.BuildSessionRefusedException;
import io.github.stackmaven.stack.engine.BuildSessionSpec;
import io.github.stackmaven.stack.engine.docker.session.DockerBuildSession;
import io.github.stackmaven.stack.engine.docker.session.SessionDialer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link EngineClient} on docker-java with the Apache HttpClient 5 transport. */
public final class DockerEngineClient implements EngineClient {
    private final EngineInfo info;
    private final DockerClient docker;
    private final DockerHttpClient http;
    private final java.util.function.Supplier<SessionDialer> sessions;
    private final io.github.stackmaven.stack.engine.EngineTime time;

    DockerEngineClient(EngineInfo info, DockerClient docker, DockerHttpClient http,
                       java.util.function.Supplier<SessionDialer> sessions,
                       io.github.stackmaven.stack.engine.EngineTime time) {
        this.time = time;
        this.info = info;
        this.docker = docker;
        this.http = http;
        this.sessions = sessions;
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public io.github.stackmaven.stack.engine.EngineTime time() {
        return time;
    }

    @Override
    public List<ContainerSummary> listContainers(Map<String, String> labels) {
        ListContainersCmd cmd = docker.listContainersCmd().withShowAll(true);
        List<String> present = labels.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        Map<String, String> valued = new java.util.HashMap<>(labels);
        valued.values().removeIf(Objects::isNull);
        if (!present.isEmpty()) {
            cmd.withLabelFilter(present);
        }
        if (!valued.isEmpty()) {
            cmd.withLabelFilter(valued);
        }
        return call("listing containers", () -> cmd.exec().stream().map(DockerEngineClient::toSummary).toList());
    }

    private static ContainerSummary toSummary(Container c) {
        String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0];
        if (name.startsWith("/")) {
            name = name.substring(1);
        }
        List<PublishedPort> ports = c.getPorts() == null ? List.of()
                : Arrays.stream(c.getPorts()).map(DockerEngineClient::toPort).distinct().toList();
        return new ContainerSummary(c.getId(), name, c.getImage(), c.getState(), c.getStatus(),
                c.getLabels() == null ? Map.of() : c.getLabels(), ports);
    }

    private static PublishedPort toPort(ContainerPort p) {
        int container = p.getPrivatePort() == null ? 0 : p.getPrivatePort();
        int host = p.getPublicPort() == null ? 0 : p.getPublicPort();
        return new PublishedPort(container, p.getType() == null ? "tcp" : p.getType(), p.getIp(), host);
    }

    @Override
    public List<Resource> listNetworks(Map<String, String> labels) {
        return call("listing networks", () -> docker.listNetworksCmd().withFilter("label", labelFilter(labels)).exec()
                .stream().map(n -> new Resource(n.getName(), n.getLabels())).toList());
    }

    @Override
    public List<Resource> listVolumes(Map<String, String> labels) {
        return call("listing volumes", () -> {
            var volumes = docker.listVolumesCmd().withFilter("label", labelFilter(labels)).exec().getVolumes();
            return volumes == null ? List.<Resource>of()
                    : volumes.stream().map(v -> new Resource(v.getName(), v.getLabels())).toList();
        });
    }

    private static List<String> labelFilter(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getValue() == null ? e.getKey() : e.getKey() + "=" + e.getValue())
                .toList();
    }

    @Override
    public boolean imageExists(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw failure("inspecting image " + image, e);
        }
    }

    @Override
    public void pullImage(String image, String platform, Consumer<LayerUpdate> progress) {
        String ref = ImageNames.withDefaultTag(image);
        PullProgress callback = new PullProgress(progress);
        try {
            var cmd = docker.pullImageCmd(ref);
            if (platform != null) {
                cmd.withPlatform(platform);
            }
            cmd.exec(callback).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("Interrupted while pulling " + image, e);
        } catch (NotFoundException e) {
            throw new ImageNotFoundException(image, "not found in its registry", e);
        } catch (DockerException e) {
            throw new ImageNotFoundException(image, DockerErrors.apiMessage(e), e);
        } catch (RuntimeException e) {
            throw new ImageNotFoundException(image, DockerErrors.reason(e), e);
        }
    }

    /** Hands on every message with its byte counts; what to show of them is the caller's choice. */
    private static final class PullProgress extends PullImageResultCallback {
        private final Consumer<LayerUpdate> sink;

        PullProgress(Consumer<LayerUpdate> sink) {
            this.sink = sink;
        }

        @Override
        public void onNext(PullResponseItem item) {
            super.onNext(item);
            if (item.getStatus() == null) {
                return;
            }
            var detail = item.getProgressDetail();
            long current = detail == null || detail.getCurrent() == null ? 0 : detail.getCurrent();
            long total = detail == null || detail.getTotal() == null ? 0 : detail.getTotal();
            sink.accept(new LayerUpdate(item.getId(), item.getStatus(), current, total));
        }
    }

    @Override
    public boolean networkExists(String name) {
        try {
            docker.inspectNetworkCmd().withNetworkId(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw failure("inspecting network " + name, e);
        }
    }

    @Override
    public void createNetwork(NetworkConfig spec) {
        var cmd = docker.createNetworkCmd().withName(spec.name())
                .withDriver(spec.driver() == null ? "bridge" : spec.driver()).withOptions(spec.driverOpts())
                .withInternal(spec.internal()).withAttachable(spec.attachable()).withEnableIpv6(spec.enableIpv6())
                .withLabels(spec.labels()).withCheckDuplicate(true);
        if (spec.ipamDriver() != null || !spec.pools().isEmpty()) {
            var ipam = new com.github.dockerjava.api.model.Network.Ipam();
            if (spec.ipamDriver() != null) {
                ipam.withDriver(spec.ipamDriver());
            }
            ipam.withConfig(spec.pools().stream().map(p -> new com.github.dockerjava.api.model.Network.Ipam.Config()
                    .withSubnet(p.subnet()).withIpRange(p.ipRange()).withGateway(p.gateway())).toList());
            cmd.withIpam(ipam);
        }
        call("creating network " + spec.name(), () -> cmd.exec());
    }

    @Override
    public void removeNetwork(String name) {
        idempotent("removing network " + name, () -> docker.removeNetworkCmd(name).exec());
    }

    @Override
    public boolean volumeExists(String name) {
        try {
            docker.inspectVolumeCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw failure("inspecting volume " + name, e);
        }
    }

    @Override
    public void createVolume(VolumeConfig spec) {
        call("creating volume " + spec.name(), () -> docker.createVolumeCmd().withName(spec.name())
                .withDriver(spec.driver() == null ? "local" : spec.driver()).withDriverOpts(spec.driverOpts())
                .withLabels(spec.labels()).exec());
    }

    @Override
    public void removeVolume(String name) {
        idempotent("removing volume " + name, () -> docker.removeVolumeCmd(name).exec());
    }

    @Override
    public String createContainer(ContainerSpec spec) {
        try {
            return DockerContainerFactory.create(docker, spec).exec().getId();
        } catch (NotFoundException e) {
            throw new ImageNotFoundException(spec.image(), "not present on the engine", e);
        } catch (RuntimeException e) {
            throw failure("creating container " + spec.name(), e);
        }
    }

    @Override
    public void connectNetwork(String containerId, NetworkAttachment a) {
        ContainerNetwork endpoint = new ContainerNetwork().withAliases(a.aliases());
        if (a.ipv4Address() != null || a.ipv6Address() != null) {
            endpoint.withIpamConfig(new ContainerNetwork.Ipam().withIpv4Address(a.ipv4Address())
                    .withIpv6Address(a.ipv6Address()));
        }
        call("connecting to network " + a.network(), () -> docker.connectToNetworkCmd().withContainerId(containerId)
                .withNetworkId(a.network()).withContainerNetwork(endpoint).exec());
    }

    @Override
    public void startContainer(String id) {
        try {
            docker.startContainerCmd(id).exec();
        } catch (NotModifiedException e) {
            // already running
        } catch (DockerException e) {
            String portInUse = DockerErrors.portInUse(DockerErrors.apiMessage(e));
            throw portInUse != null ? new EngineException(portInUse, e) : failure("starting container " + id, e);
        } catch (RuntimeException e) {
            throw failure("starting container " + id, e);
        }
    }

    @Override
    public void stopContainer(String id, Duration timeout) {
        try {
            var cmd = docker.stopContainerCmd(id);
            if (timeout != null) {
                cmd.withTimeout((int) Math.max(0, timeout.toSeconds()));
            }
            cmd.exec();
        } catch (NotModifiedException | NotFoundException e) {
            // already stopped or gone
        } catch (RuntimeException e) {
            throw failure("stopping container " + id, e);
        }
    }

    @Override
    public void removeContainer(String id, boolean withAnonymousVolumes) {
        idempotent("removing container " + id,
                () -> docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(withAnonymousVolumes).exec());
    }

    @Override
    public ContainerState inspectContainer(String id) {
        InspectContainerResponse r = call("inspecting container " + id, () -> docker.inspectContainerCmd(id).exec());
        InspectContainerResponse.ContainerState s = r.getState();
        String health = null;
        String output = null;
        // Podman reports "Health": {"Status": ""} for a container without a health check, where Docker leaves
        // Health out: both mean "no health check", not "starting" (found by the Podman lane of .ci/run)
        if (s.getHealth() != null && s.getHealth().getStatus() != null && !s.getHealth().getStatus().isBlank()) {
            health = s.getHealth().getStatus();
            List<HealthStateLog> log = s.getHealth().getLog();
            if (log != null && !log.isEmpty()) {
                output = log.get(log.size() - 1).getOutput();
            }
        }
        String name = r.getName() != null && r.getName().startsWith("/") ? r.getName().substring(1) : r.getName();
        Long exit = s.getExitCodeLong();
        Map<String, String> addresses = new java.util.LinkedHashMap<>();
        if (r.getNetworkSettings() != null && r.getNetworkSettings().getNetworks() != null) {
            r.getNetworkSettings().getNetworks().values().forEach(n -> {
                if (n.getNetworkID() != null && n.getIpAddress() != null && !n.getIpAddress().isEmpty()) {
                    addresses.put(n.getNetworkID(), n.getIpAddress());
                }
            });
        }
        return new ContainerState(r.getId(), name, s.getStatus(), exit == null ? null : exit.intValue(), health,
                output, r.getRestartCount() == null ? 0 : r.getRestartCount(), s.getError(), addresses);
    }

    @Override
    public List<PublishedPort> publishedPorts(String id) {
        InspectContainerResponse r = call("inspecting container " + id, () -> docker.inspectContainerCmd(id).exec());
        List<PublishedPort> out = new ArrayList<>();
        Ports ports = r.getNetworkSettings() == null ? null : r.getNetworkSettings().getPorts();
        if (ports == null) {
            return out;
        }
        for (Map.Entry<ExposedPort, Ports.Binding[]> e : ports.getBindings().entrySet()) {
            ExposedPort p = e.getKey();
            if (e.getValue() == null) {
                out.add(new PublishedPort(p.getPort(), p.getProtocol().toString(), null, 0));
                continue;
            }
            for (Ports.Binding b : e.getValue()) {
                out.add(new PublishedPort(p.getPort(), p.getProtocol().toString(), b.getHostIp(),
                        Integer.parseInt(b.getHostPortSpec())));
            }
        }
        out.sort(java.util.Comparator.comparingInt(PublishedPort::containerPort));
        return out;
    }

    @Override
    public List<String> logTail(String id, int lines) {
        List<String> out = java.util.Collections.synchronizedList(new ArrayList<>());
        try (LineCollector collector = new LineCollector(out::add)) {
            docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withTail(lines).exec(collector)
                    .awaitCompletion(30, TimeUnit.SECONDS);
        } catch (NotFoundException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException | RuntimeException e) {
            out.add("(logs unavailable: " + DockerErrors.reason(e) + ")");
        }
        return List.copyOf(out);
    }

    @Override
    public void streamLogs(String id, int tail, boolean follow, Consumer<String> sink) {
        var cmd = docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(follow);
        if (tail >= 0) {
            cmd.withTail(tail);
        }
        try (LineCollector collector = cmd.exec(new LineCollector(sink))) {
            collector.awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NotFoundException e) {
            // removed meanwhile: its log ended
        } catch (java.io.IOException | RuntimeException e) {
            throw failure("reading the log of " + id, e instanceof RuntimeException re ? re
                    : new RuntimeException(e));
        }
    }

    @Override
    public LogFollow followLogs(String id, Consumer<String> sink) {
        LineCollector collector = docker.logContainerCmd(id).withStdOut(true).withStdErr(true)
                .withFollowStream(true).exec(new LineCollector(sink));
        return new LogFollow() {
            @Override
            public boolean awaitEnd(Duration timeout) {
                try {
                    return collector.awaitEnd(timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }

            @Override
            public void close() {
                try {
                    collector.close();
                } catch (IOException | RuntimeException e) {
                    // already closed or broken: either way no more lines arrive
                }
            }
        };
    }

    @Override
    public String build(io.github.stackmaven.stack.engine.BuildRequest request,
                        Consumer<io.github.stackmaven.stack.engine.BuildEvent> events) {
        BuildStreamDecoder decoder = new BuildStreamDecoder(request.target(), events);
        RawBuild.run(http, request, decoder::line);
        return decoder.finish();
    }

    @Override
    public BuildSession openBuildSession(BuildSessionSpec spec) {
        if (info.isPodman()) {
            throw new BuildSessionRefusedException(info.product() + " builds with Buildah, which takes no BuildKit"
                    + " session");
        }
        return new DecodedBuildSession(DockerBuildSession.open(sessions.get(), http, spec), http);
    }

    @Override
    public boolean supportsBuildkit() {
        if (info.isPodman()) {
            return false;
        }
        DockerHttpClient.Request ping = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET).path("/_ping").build();
        try (DockerHttpClient.Response r = http.execute(ping)) {
            String builder = r.getHeaders().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("Builder-Version"))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
            // engines since API 1.38 accept version=2 even where the classic builder is the default
            return builder != null || apiAtLeast(info.apiVersion(), 1, 38);
        } catch (RuntimeException e) {
            return apiAtLeast(info.apiVersion(), 1, 38);
        }
    }

    static boolean apiAtLeast(String version, int major, int minor) {
        if (version == null) {
            return false;
        }
        String[] parts = version.split("\\.");
        try {
            int ma = Integer.parseInt(parts[0]);
            int mi = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            return ma > major || (ma == major && mi >= minor);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private <T> T call(String what, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw failure(what, e);
        }
    }

    private void call(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }

    private void idempotent(String what, Runnable action) {
        try {
            action.run();
        } catch (NotFoundException e) {
            // already gone
        } catch (DockerException e) {
            if (!DockerErrors.removalInProgress(e)) {
                throw failure(what, e);
            }
            // another client (a shutdown hook, the sweep, docker compose down) is removing it already
        } catch (RuntimeException e) {
            throw failure(what, e);
        }
    }

    private EngineException failure(String what, RuntimeException e) {
        if (e instanceof DockerException de) {
            return new EngineException("Engine error while " + what + ": " + DockerErrors.apiMessage(de), e);
        }
        if (DockerErrors.isConnectionLost(e)) {
            return new EngineConnectionLostException(info.endpoint().host().toString(), what, DockerErrors.reason(e),
                    e);
        }
        return new EngineException("Engine error while " + what + ": " + DockerErrors.reason(e), e);
    }

    @Override
    public void close() {
        try {
            docker.close();
            http.close();
        } catch (IOException e) {
            // closing a connection pool; nothing a user can act on
        }
    }

    @Override
    public java.util.Optional<io.github.stackmaven.stack.engine.ImageInfo> inspectImage(String image) {
        try {
            var r = docker.inspectImageCmd(image).exec();
            var config = r.getConfig();
            return java.util.Optional.of(new io.github.stackmaven.stack.engine.ImageInfo(r.getId(),
                    config == null ? null : config.getLabels(), config == null ? null : config.getUser(),
                    r.getRepoTags(), r.getRepoDigests()));
        } catch (NotFoundException e) {
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            throw failure("inspecting image " + image, e);
        }
    }

    @Override
    public void tagImage(String image, String repository, String tag) {
        try {
            docker.tagImageCmd(image, repository, tag).withForce(true).exec();
        } catch (NotFoundException e) {
            throw new EngineException("Image " + image + " is not present on the engine", e);
        } catch (RuntimeException e) {
            throw failure("tagging " + image + " as " + repository + ":" + tag, e);
        }
    }

    @Override
    public String pushImage(String repository, String tag, io.github.stackmaven.stack.engine.RegistryAuth auth,
                            Consumer<io.github.stackmaven.stack.engine.PushEvent> events) {
        PushStreamDecoder decoder = new PushStreamDecoder(repository + ":" + tag, events);
        RawPush.run(http, repository, tag, auth, decoder::line);
        return decoder.finish();
    }
}
