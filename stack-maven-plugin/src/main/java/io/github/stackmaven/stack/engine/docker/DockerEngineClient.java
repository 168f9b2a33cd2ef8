package io.github.stackmaven.stack.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.ListContainersCmd;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.transport.DockerHttpClient;
import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.EngineClient;
import io.github.stackmaven.stack.engine.EngineException;
import io.github.stackmaven.stack.engine.EngineInfo;
import io.github.stackmaven.stack.engine.PublishedPort;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link EngineClient} on docker-java with the Apache HttpClient 5 transport. */
public final class DockerEngineClient implements EngineClient {
    private final EngineInfo info;
    private final DockerClient docker;
    private final DockerHttpClient http;

    DockerEngineClient(EngineInfo info, DockerClient docker, DockerHttpClient http) {
        this.info = info;
        this.docker = docker;
        this.http = http;
    }

    @Override
    public EngineInfo info() {
        return info;
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
        try {
            List<ContainerSummary> result = new ArrayList<>();
            for (Container c : cmd.exec()) {
                result.add(toSummary(c));
            }
            return result;
        } catch (RuntimeException e) {
            throw new EngineException("Listing containers on " + info.endpoint().host() + " failed: "
                    + DockerErrors.reason(e), e);
        }
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
    public void close() {
        try {
            docker.close();
            http.close();
        } catch (IOException e) {
            // closing a connection pool; nothing a user can act on
        }
    }
}
