package io.github.stackmaven.stack.orchestration;

import io.github.stackmaven.stack.engine.PublishedPort;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTest {
    @Test
    void firstPublishedPortPerService_andEveryContainerPort() {
        Map<String, List<PublishedPort>> ports = new LinkedHashMap<>();
        ports.put("db", List.of(new PublishedPort(5432, "tcp", "127.0.0.1", 32768)));
        ports.put("web", List.of(new PublishedPort(8080, "tcp", "0.0.0.0", 32770),
                new PublishedPort(8443, "tcp", "0.0.0.0", 32771), new PublishedPort(9000, "tcp", null, 0)));
        ports.put("migrate", List.of());
        Map<String, String> e = Exports.of(new UpResult("shop-test-x", ports), "localhost");
        assertThat(e).containsExactlyInAnyOrderEntriesOf(Map.of(
                "stack.project", "shop-test-x",
                "stack.db.host", "127.0.0.1", "stack.db.port", "32768", "stack.db.port.5432", "32768",
                "stack.web.host", "localhost", "stack.web.port", "32770", "stack.web.port.8080", "32770",
                "stack.web.port.8443", "32771"));
    }

    @Test
    void ipv6BindingsAreBracketed_andRemoteEnginesUseTheirHost() {
        Map<String, List<PublishedPort>> ports = Map.of("a", List.of(new PublishedPort(80, "tcp", "::1", 1000)),
                "b", List.of(new PublishedPort(80, "tcp", "::", 1001)));
        Map<String, String> e = Exports.of(new UpResult("p", ports), "build-host.example");
        assertThat(e).containsEntry("stack.a.host", "[::1]").containsEntry("stack.b.host", "build-host.example");
    }
}
