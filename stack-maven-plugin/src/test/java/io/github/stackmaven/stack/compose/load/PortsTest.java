package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.PortSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortsTest {

    @TempDir
    Path tmp;

    private static String render(List<PortSpec> ports) {
        return String.join(",", ports.stream()
                .map(p -> (p.hostIp() == null ? "" : p.hostIp() + "|") + (p.published() == null ? "" : p.published())
                        + ">" + p.target() + "/" + p.protocol()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "80; >80/tcp",
        "8080:80; 8080>80/tcp",
        "127.0.0.1:8080:80; 127.0.0.1|8080>80/tcp",
        "127.0.0.1::80; 127.0.0.1|>80/tcp",
        "53:53/UDP; 53>53/udp",
        "80-82:8080-8082; 80>8080/tcp,81>8081/tcp,82>8082/tcp",
        "3000-3002; >3000/tcp,>3001/tcp,>3002/tcp",
        "8000-9000:80; 8000-9000>80/tcp",
        "::1:6000:6000; ::1|6000>6000/tcp",
        "[::1]:6000:6000; ::1|6000>6000/tcp",
        "0.0.0.0:5000:5000/sctp; 0.0.0.0|5000>5000/sctp",
    })
    void shortSyntax(String spec, String expected) {
        assertThat(render(PortParser.parse(spec))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"80:80:80:80", "abc", "80:", "70000:80", "80-81:90-93", "1.2.3.999:80:80", "80/xyz"})
    void invalidShortSyntax(String spec) {
        assertThatThrownBy(() -> PortParser.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid port \"" + spec + "\"")
                .hasMessageEndingWith("expected [[ip:]host:]container[/protocol]");
    }

    @Test
    void longSyntaxAndIntegersInTheModel() {
        var p = TestCompose.load(tmp, """
                services:
                  web:
                    image: nginx
                    ports:
                      - 8080
                      - target: 443
                        published: 8443
                        host_ip: 127.0.0.1
                        protocol: tcp
                        mode: host
                        name: https
                      - "9000-9001:9000-9001"
                """).service("web");
        assertThat(render(p.ports())).isEqualTo(">8080/tcp,127.0.0.1|8443>443/tcp,9000>9000/tcp,9001>9001/tcp");
        assertThat(p.ports().get(1).mode()).isEqualTo("host");
        assertThat(p.ports().get(1).name()).isEqualTo("https");
        assertThat(p.ports().get(0).mode()).isEqualTo("ingress");
    }

    @Test
    void duplicatesCollapseAfterCanonicalisation() {
        var p = TestCompose.load(tmp, """
                services:
                  web:
                    image: nginx
                    ports:
                      - "8080:80"
                      - target: 80
                        published: "8080"
                      - "8080:80/udp"
                """).service("web");
        assertThat(render(p.ports())).isEqualTo("8080>80/tcp,8080>80/udp");
    }

    @Test
    void errorNamesFileLineColumnAndIndex() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  web:
                    image: nginx
                    ports:
                      - "8080:80"
                      - "80:80:80:80"
                """);
        assertThat(e.getMessage()).isEqualTo("compose.yaml:6:9: services.web.ports[1]: invalid port \"80:80:80:80\";"
                + " expected [[ip:]host:]container[/protocol]");
    }

    @Test
    void longSyntaxNeedsAValidTarget() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  web:
                    image: nginx
                    ports:
                      - published: 80
                """);
        assertThat(e.problem()).isEqualTo("missing target port");
        assertThat(e.path()).isEqualTo("services.web.ports[0].target");
    }
}
