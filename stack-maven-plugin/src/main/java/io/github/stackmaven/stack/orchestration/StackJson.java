package io.github.stackmaven.stack.orchestration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.stackmaven.stack.engine.ContainerSummary;
import io.github.stackmaven.stack.engine.PublishedPort;
import io.github.stackmaven.stack.engine.StackLabels;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders stacks as the JSON document {@code stack:ps -Dstack.ps.format=json} prints, for scripts. */
public final class StackJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StackJson() {
    }

    public static String render(List<StackSummary> stacks) {
        try {
            return JSON.writeValueAsString(stacks.stream().map(StackJson::stack).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render stacks as JSON", e);
        }
    }

    private static Map<String, Object> stack(StackSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("project", s.project());
        m.put("environment", s.environment());
        m.put("run", s.run());
        m.put("owner", s.owner().map(Owner::label).orElse(null));
        m.put("ownerLiveness", s.ownerLiveness().name().toLowerCase(java.util.Locale.ROOT));
        m.put("kept", s.kept());
        m.put("containers", s.containers().stream().map(StackJson::container).toList());
        return m;
    }

    private static Map<String, Object> container(ContainerSummary c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", c.label(StackLabels.SERVICE));
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("image", c.image());
        m.put("state", c.state());
        m.put("status", c.status());
        m.put("ports", c.ports().stream().filter(PublishedPort::isPublished).map(StackJson::port).toList());
        return m;
    }

    private static Map<String, Object> port(PublishedPort p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("containerPort", p.containerPort());
        m.put("protocol", p.protocol());
        m.put("hostIp", p.hostIp());
        m.put("hostPort", p.hostPort());
        return m;
    }
}
