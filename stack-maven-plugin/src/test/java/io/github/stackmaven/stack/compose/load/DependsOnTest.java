package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.Dependency;
import io.github.stackmaven.stack.compose.DependencyCondition;
import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependsOnTest {

    @TempDir
    Path tmp;

    @Test
    void shortAndLongForms() {
        var p = TestCompose.load(tmp, """
                services:
                  db: {image: postgres}
                  init: {image: busybox}
                  web:
                    image: nginx
                    depends_on:
                      db: {condition: service_healthy, restart: true}
                      init: {condition: service_completed_successfully, required: false}
                  worker: {image: x, depends_on: [db]}
                """);
        Service web = p.service("web");
        assertThat(web.dependsOn().get("db")).isEqualTo(new Dependency(DependencyCondition.SERVICE_HEALTHY, true, true));
        assertThat(web.dependsOn().get("init"))
                .isEqualTo(new Dependency(DependencyCondition.SERVICE_COMPLETED_SUCCESSFULLY, false, false));
        assertThat(p.service("worker").dependsOn().get("db"))
                .isEqualTo(new Dependency(DependencyCondition.SERVICE_STARTED, true, false));
    }

    @Test
    void implicitDependenciesFromLinksNetworkModeAndVolumesFrom() {
        Service web = TestCompose.load(tmp, """
                services:
                  db: {image: postgres}
                  vpn: {image: vpn}
                  data: {image: busybox}
                  web:
                    image: nginx
                    links: ["db:database"]
                    network_mode: service:vpn
                    volumes_from: ["data:ro", "container:other"]
                """).service("web");
        assertThat(web.dependsOn()).containsOnlyKeys("db", "vpn", "data");
        assertThat(web.dependsOn().get("vpn").restart()).isTrue();
        assertThat(web.networks()).isEmpty();
    }

    @Test
    void cycleIsReportedWithThePath() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  a: {image: x, depends_on: [b]}
                  b: {image: x, depends_on: [c]}
                  c: {image: x, depends_on: [a]}
                """);
        assertThat(e.problem()).isEqualTo("dependency cycle a -> b -> c -> a");
        assertThat(e.path()).isEqualTo("services.a.depends_on");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void selfDependencyIsACycle() {
        ComposeException e = TestCompose.error(tmp, "services:\n  a: {image: x, depends_on: [a]}\n");
        assertThat(e.problem()).isEqualTo("dependency cycle a -> a");
    }

    @Test
    void undefinedServiceIsAnErrorEvenWhenNotRequired() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  web:
                    image: x
                    depends_on:
                      dbb: {required: false}
                  db: {image: x}
                """);
        assertThat(e.getMessage()).isEqualTo("compose.yaml:5:7: services.web.depends_on: service \"web\" depends on"
                + " undefined service \"dbb\"; did you mean \"db\"?");
    }

    @Test
    void invalidConditionIsRejected() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  db: {image: x}
                  web: {image: x, depends_on: {db: {condition: service_ready}}}
                """);
        assertThat(e.path()).isEqualTo("services.web.depends_on.db.condition");
        assertThat(e.problem()).startsWith("invalid condition \"service_ready\"");
    }
}
