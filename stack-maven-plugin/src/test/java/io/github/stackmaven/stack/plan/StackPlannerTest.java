package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import io.github.stackmaven.stack.engine.ContainerSpec;
import io.github.stackmaven.stack.engine.MountSpec;
import io.github.stackmaven.stack.engine.StackLabels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackPlannerTest {
    @TempDir
    Path dir;

    private StackPlan plan(String yaml, String project, String environment, String publish) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        ComposeProject compose = ComposeLoader.load(LoadRequest.of(dir, Map.of(), dir.resolve("compose.yaml"))
                .withProjectName("shop"));
        return StackPlanner.plan(compose, new PlanOptions(project, environment, publish), Set.of());
    }

    @Test
    void aChainOfThousandsOfServicesIsOrderedWithoutDeepRecursion() throws IOException {
        // failed before the walk was iterative: StackOverflowError
        int n = 5001;
        StackPlan p = plan(io.github.stackmaven.stack.compose.load.HostileInputTest.chain(n, false), "shop-test-abc",
                "test", null);
        java.util.List<String> order = p.services().stream().map(ServicePlan::name).toList();
        assertThat(order).hasSize(n);
        assertThat(order.get(0)).isEqualTo("s05000");
        assertThat(order.get(n - 1)).isEqualTo("s00000");
    }

    @Test
    void servicesComeInDependencyOrder_withConditions() throws IOException {
        StackPlan p = plan("""
                services:
                  app:
                    image: busybox
                    depends_on:
                      migrate: {condition: service_completed_successfully}
                      cache: {condition: service_started, required: false}
                  migrate:
                    image: busybox
                    depends_on:
                      db: {condition: service_healthy}
                  db:
                    image: busybox
                  cache:
                    image: busybox
                """, "shop-test-abc", "test", null);
        java.util.List<String> order = p.services().stream().map(ServicePlan::name).toList();
        assertThat(order).containsExactlyInAnyOrder("cache", "db", "migrate", "app");
        assertThat(order.indexOf("db")).isLessThan(order.indexOf("migrate"));
        assertThat(order.indexOf("migrate")).isLessThan(order.indexOf("app"));
        assertThat(order.indexOf("cache")).isLessThan(order.indexOf("app"));
        assertThat(p.service("app").orElseThrow().dependsOn()).containsExactlyInAnyOrder(
                new DependsOn("migrate", Condition.COMPLETED, true), new DependsOn("cache", Condition.STARTED, false));
        assertThat(p.service("migrate").orElseThrow().dependsOn())
                .containsExactly(new DependsOn("db", Condition.HEALTHY, true));
    }

    @Test
    void aTestRunRenamesDefaultNames_butKeepsExplicitAndExternalOnes() throws IOException {
        StackPlan p = plan("""
                services:
                  db:
                    image: busybox
                    volumes: [data:/data, fixed:/fixed, shared:/shared]
                    networks: [back, outside]
                networks:
                  back: {}
                  outside: {external: true, name: corp-net}
                volumes:
                  data: {}
                  fixed: {name: my-fixed-volume}
                  shared: {external: true}
                """, "shop-test-abc", "test", null);
        assertThat(p.networks()).extracting(n -> n.name()).containsExactly("shop-test-abc_back");
        assertThat(p.externalNetworks()).containsExactly("corp-net");
        assertThat(p.volumes()).extracting(v -> v.name()).containsExactlyInAnyOrder("shop-test-abc_data",
                "my-fixed-volume");
        assertThat(p.externalVolumes()).containsExactly("shared");
        ContainerSpec db = p.service("db").orElseThrow().containers().get(0);
        assertThat(db.name()).isEqualTo("shop-test-abc-db-1");
        assertThat(db.mounts()).extracting(MountSpec::source).containsExactly("shop-test-abc_data",
                "my-fixed-volume", "shared");
        assertThat(db.networks()).extracting(n -> n.network()).containsExactly("shop-test-abc_back", "corp-net");
        assertThat(p.networks().get(0).labels()).containsEntry(StackLabels.PROJECT, "shop-test-abc")
                .containsEntry(StackLabels.NETWORK, "back");
    }

    @Test
    void containersCarryComposeLabels_andTheServiceNameAsAlias() throws IOException {
        StackPlan p = plan("""
                services:
                  web:
                    image: busybox
                    labels: {team: shop}
                    networks:
                      front:
                        aliases: [www]
                networks:
                  front: {}
                """, "shop", "dev", null);
        ContainerSpec web = p.service("web").orElseThrow().containers().get(0);
        assertThat(web.labels()).containsEntry("team", "shop").containsEntry(StackLabels.PROJECT, "shop")
                .containsEntry(StackLabels.SERVICE, "web").containsEntry(StackLabels.CONTAINER_NUMBER, "1")
                .containsEntry(StackLabels.ONEOFF, "False")
                .containsEntry(StackLabels.CONFIG_HASH, p.service("web").orElseThrow().configHash())
                .containsEntry(StackLabels.WORKING_DIR, dir.toString());
        assertThat(web.networks().get(0).aliases()).containsExactly("web", "www");
    }

    @Test
    void publishAddress_appliesOnlyWhereTheFileNamesNoAddress() throws IOException {
        StackPlan p = plan("""
                services:
                  web:
                    image: busybox
                    ports: ["8080", "0.0.0.0:9000:9000", "7000-7001:7000-7001/udp"]
                """, "shop-test-x", "test", "127.0.0.1");
        assertThat(p.service("web").orElseThrow().containers().get(0).ports())
                .extracting(b -> b.containerPort() + "/" + b.protocol() + "@" + b.hostIp() + ":" + b.hostPort())
                .containsExactly("8080/tcp@127.0.0.1:null", "9000/tcp@0.0.0.0:9000", "7000/udp@127.0.0.1:7000",
                        "7001/udp@127.0.0.1:7001");
    }

    @Test
    void tmpfsHealthcheckAndStopGraceReachTheSpec() throws IOException {
        StackPlan p = plan("""
                services:
                  db:
                    image: busybox
                    tmpfs: [/var/lib/data, "/run:size=64m"]
                    stop_grace_period: 30s
                    healthcheck:
                      test: pg_isready
                      interval: 2s
                      retries: 5
                """, "shop", "dev", null);
        ContainerSpec db = p.service("db").orElseThrow().containers().get(0);
        assertThat(db.tmpfs()).containsEntry("/var/lib/data", "").containsKey("/run");
        assertThat(db.stopTimeout()).hasSeconds(30);
        assertThat(db.health().test()).containsExactly("CMD-SHELL", "pg_isready");
        assertThat(db.health().interval()).hasSeconds(2);
        assertThat(db.health().retries()).isEqualTo(5);
        assertThat(p.service("db").orElseThrow().healthcheck()).isTrue();
    }

    @Test
    void networkModeServiceTargetsThatServicesContainer() throws IOException {
        StackPlan p = plan("""
                services:
                  vpn:
                    image: busybox
                  app:
                    image: busybox
                    network_mode: service:vpn
                    depends_on: [vpn]
                """, "shop-test-q", "test", null);
        ContainerSpec app = p.service("app").orElseThrow().containers().get(0);
        assertThat(app.networkMode()).isEqualTo("container:shop-test-q-vpn-1");
        assertThat(app.networks()).isEmpty();
    }

    @Test
    void buildWithoutImage_runsTheComposeProjectNamedImage() throws IOException {
        Files.createDirectories(dir.resolve("app"));
        StackPlan p = plan("""
                services:
                  api:
                    build:
                      context: ./app
                      target: production
                      args: {UID: "1000"}
                """, "shop-test-q", "test", null);
        ServicePlan api = p.service("api").orElseThrow();
        assertThat(api.image()).isEqualTo("shop-api");
        assertThat(api.build().context()).isEqualTo(dir.resolve("app"));
        assertThat(api.build().target()).isEqualTo("production");
        assertThat(api.build().args()).containsEntry("UID", "1000");
        assertThat(api.build().tags()).containsExactly("shop-api");
    }

    @Test
    void anUnimplementedKeyIsAnErrorNamingServiceAndKey() throws IOException {
        assertThatThrownBy(() -> plan("""
                services:
                  web:
                    image: busybox
                    volumes_from: [other]
                  other:
                    image: busybox
                """, "shop", "dev", null))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("services.web.volumes_from")
                .hasMessageContaining("not implemented");
    }

    @Test
    void theConfigHashChangesWithTheConfiguration_notWithTheRun() throws IOException {
        String yaml = """
                services:
                  web:
                    image: busybox
                    environment: {MODE: %s}
                """;
        String a = plan(yaml.formatted("a"), "shop", "dev", null).service("web").orElseThrow().configHash();
        String a2 = plan(yaml.formatted("a"), "shop", "dev", null).service("web").orElseThrow().configHash();
        String b = plan(yaml.formatted("b"), "shop", "dev", null).service("web").orElseThrow().configHash();
        assertThat(a).isEqualTo(a2).isNotEqualTo(b).hasSize(64);
    }

    @Test
    void replicasGetNumberedContainers() throws IOException {
        StackPlan p = plan("""
                services:
                  worker:
                    image: busybox
                    scale: 3
                """, "shop", "dev", null);
        assertThat(p.service("worker").orElseThrow().containers()).extracting(ContainerSpec::name)
                .containsExactly("shop-worker-1", "shop-worker-2", "shop-worker-3");
    }

    @Test
    void ipamPoolsAndPlatformReachTheEngineSpecs() throws IOException {
        StackPlan p = plan("""
                services:
                  web:
                    image: busybox
                    platform: linux/amd64
                    networks: [fixed]
                networks:
                  fixed:
                    ipam:
                      config:
                        - subnet: 172.28.0.0/16
                          ip_range: 172.28.5.0/24
                          gateway: 172.28.5.254
                """, "shop", "dev", null);
        assertThat(p.networks().get(0).pools()).containsExactly(
                new io.github.stackmaven.stack.engine.NetworkConfig.Pool("172.28.0.0/16", "172.28.5.0/24",
                        "172.28.5.254"));
        assertThat(p.service("web").orElseThrow().containers().get(0).platform()).isEqualTo("linux/amd64");
    }

    @Test
    void keysUpDoesNotApplyAreErrors_neverIgnored() {
        assertThatThrownBy(() -> plan("""
                services:
                  web:
                    image: busybox
                    networks:
                      front:
                        mac_address: 02:42:ac:11:65:43
                networks:
                  front: {}
                """, "shop", "dev", null)).hasMessageContaining("services.web.networks.front.mac_address")
                .hasMessageContaining("not implemented");
        assertThatThrownBy(() -> plan("""
                services:
                  web:
                    image: busybox
                    build:
                      context: .
                      cache_from: [type=local,src=/tmp]
                """, "shop", "dev", null)).hasMessageContaining("services.web.build.cache_from");
        assertThatThrownBy(() -> plan("""
                services:
                  web:
                    image: busybox
                    networks: [front]
                networks:
                  front:
                    ipam:
                      config:
                        - subnet: 172.28.0.0/16
                          aux_addresses: {host1: 172.28.1.5}
                """, "shop", "dev", null)).hasMessageContaining("networks.front.ipam");
    }

    @Test
    void theConfigHashIgnoresWhichFilesDefinedTheService() throws IOException {
        String yaml = """
                services:
                  web:
                    image: busybox
                    labels: {team: shop}
                """;
        String a = plan(yaml, "shop", "dev", null).service("web").orElseThrow().configHash();
        Files.writeString(dir.resolve("other.yaml"), yaml);
        ComposeProject other = ComposeLoader.load(LoadRequest.of(dir, Map.of(), dir.resolve("other.yaml"))
                .withProjectName("shop"));
        String b = StackPlanner.plan(other, new PlanOptions("shop", "dev", null), Set.of()).service("web")
                .orElseThrow().configHash();
        assertThat(b).isEqualTo(a);
        String relabelled = plan(yaml.replace("team: shop", "team: ops"), "shop", "dev", null).service("web")
                .orElseThrow().configHash();
        assertThat(relabelled).isNotEqualTo(a);
    }
}
