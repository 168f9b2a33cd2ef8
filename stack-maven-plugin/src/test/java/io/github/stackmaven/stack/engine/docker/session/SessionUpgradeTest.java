package io.github.stackmaven.stack.engine.docker.session;

import io.github.stackmaven.stack.engine.BuildSessionRefusedException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionUpgradeTest {

    @Test
    void theRequestAsksForH2cWithTheSessionHeadersAndOneHeaderPerMethod() {
        String request = new String(SessionUpgrade.request("id1", "app", "key", List.of("/a/B", "/c/D")),
                StandardCharsets.UTF_8);
        assertThat(request).startsWith("POST /session HTTP/1.1\r\n").endsWith("\r\n\r\n")
                .contains("Upgrade: h2c\r\n", "Connection: Upgrade\r\n", "X-Docker-Expose-Session-Uuid: id1\r\n",
                        "X-Docker-Expose-Session-Name: app\r\n", "X-Docker-Expose-Session-Sharedkey: key\r\n",
                        "X-Docker-Expose-Session-Grpc-Method: /a/B\r\n",
                        "X-Docker-Expose-Session-Grpc-Method: /c/D\r\n");
    }

    @Test
    void aSwitchLeavesTheHttp2BytesUnread() throws Exception {
        InputStream in = new ByteArrayInputStream(("HTTP/1.1 101 UPGRADED\r\nUpgrade: h2c\r\n\r\nPRI * HTTP/2.0")
                .getBytes(StandardCharsets.ISO_8859_1));
        SessionUpgrade.expectSwitch(in);
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).isEqualTo("PRI * HTTP/2.0");
    }

    @Test
    void anyOtherAnswerIsARefusalWithTheEnginesWords() {
        InputStream in = new ByteArrayInputStream(("HTTP/1.1 400 Bad Request\r\nContent-Length: 30\r\n\r\n"
                + "{\"message\":\"session disabled\"}").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SessionUpgrade.expectSwitch(in)).isInstanceOf(BuildSessionRefusedException.class)
                .hasMessage("the engine refused a build session (HTTP/1.1 400 Bad Request: {\"message\":\"session"
                        + " disabled\"})");
    }
}
