package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merge triples after compose-go override/merge_*_test.go: base file, override file, expected model. */
class MergeTest {

    @TempDir
    Path tmp;

    private Service merged(String base, String override) {
        return TestCompose.loadFiles(tmp, Map.of(), "compose.yaml", "services:\n  web:\n    image: nginx\n" + base,
                "override.yaml", "services:\n  web:\n" + override).service("web");
    }

    @Test
    void environmentMapAndListMergeByKey() {
        Service s = merged("    environment: {FOO: BAR, KEEP: k}\n", "    environment: [QIX=ZOT, FOO=NEW]\n");
        assertThat(s.environment()).containsEntry("FOO", "NEW").containsEntry("QIX", "ZOT").containsEntry("KEEP", "k");
    }

    @Test
    void nullInEnvironmentOverrideUnsetsTheValue() {
        Service s = merged("    environment: {FOO: BAR}\n", "    environment: [FOO]\n");
        assertThat(s.environment()).containsKey("FOO");
        assertThat(s.environment().get("FOO")).isNull();
    }

    @Test
    void volumesWithTheSameTargetAreReplaced() {
        Service s = merged("    volumes: [\"./foo:/work\", \"/data\"]\n", "    volumes: [\"./bar:/work/\"]\n");
        assertThat(s.volumes()).extracting(v -> v.source() + ">" + v.target())
                .containsExactly(tmp.resolve("bar") + ">/work", "null>/data");
    }

    @Test
    void dnsIsAppendedAndDeduplicated() {
        Service s = merged("    dns: [8.8.8.8, 9.9.9.9]\n", "    dns: 9.9.9.9\n");
        assertThat(s.dns()).containsExactly("8.8.8.8", "9.9.9.9");
    }

    @Test
    void commandIsReplacedNotAppended() {
        Service s = merged("    command: [echo, foo]\n", "    command: [echo, bar]\n");
        assertThat(s.command()).containsExactly("echo", "bar");
    }

    @Test
    void networksListAndMapMerge() {
        Service s = TestCompose.loadFiles(tmp, Map.of(), "compose.yaml", """
                services:
                  web:
                    image: nginx
                    networks: [front, back]
                networks: {front: {}, back: {}}
                """, "override.yaml", """
                services:
                  web:
                    networks:
                      front:
                        aliases: [a, a, b]
                """).service("web");
        assertThat(s.networks()).containsOnlyKeys("front", "back");
        assertThat(s.networks().get("front").aliases()).containsExactly("a", "b");
    }

    @Test
    void portsAreAppendedAndUnique() {
        Service s = merged("    ports: [\"8080:80\"]\n", "    ports: [\"8080:80\", \"9090:90\"]\n");
        assertThat(s.ports()).extracting(p -> p.published() + ":" + p.target()).containsExactly("8080:80", "9090:90");
    }

    @Test
    void extraHostsKeepTheSameHostWithAnotherIp() {
        Service s = merged("    extra_hosts: [\"db:10.0.0.1\"]\n",
                "    extra_hosts: [\"db=10.0.0.1\", \"db:10.0.0.2\"]\n");
        assertThat(s.extraHosts()).containsExactly("db:10.0.0.1", "db:10.0.0.2");
    }

    @Test
    void loggingWithAnotherDriverIsReplacedWhole() {
        Service same = merged("    logging: {driver: json-file, options: {max-size: 1m}}\n",
                "    logging: {options: {max-file: '3'}}\n");
        assertThat(same.logging().options()).containsEntry("max-size", "1m").containsEntry("max-file", "3");
        Service other = merged("    logging: {driver: json-file, options: {max-size: 1m}}\n",
                "    logging: {driver: syslog, options: {tag: x}}\n");
        assertThat(other.logging().driver()).isEqualTo("syslog");
        assertThat(other.logging().options()).containsOnlyKeys("tag");
    }

    @Test
    void healthcheckMergesKeyByKeyButTestIsReplaced() {
        Service s = merged("    healthcheck: {test: [CMD, a, b], interval: 5s, retries: 3}\n",
                "    healthcheck: {test: [CMD, c], retries: 4}\n");
        assertThat(s.healthcheck().test()).containsExactly("CMD", "c");
        assertThat(s.healthcheck().interval()).hasSeconds(5);
        assertThat(s.healthcheck().retries()).isEqualTo(4);
    }

    @Test
    void nullOverrideKeepsTheBaseValue() {
        Service s = merged("    user: app\n    labels: {a: b}\n", "    user:\n    labels:\n");
        assertThat(s.user()).isEqualTo("app");
        assertThat(s.labels()).containsEntry("a", "b");
    }

    @Test
    void buildStringMergesWithMapping() {
        Service s = merged("    build: ./app\n", "    build: {target: dev, args: [A=1]}\n");
        assertThat(s.build().context()).isEqualTo(tmp.resolve("app").toString());
        assertThat(s.build().target()).isEqualTo("dev");
        assertThat(s.build().args()).containsEntry("A", "1");
    }

    @Test
    void ulimitEntriesAreReplacedWhole() {
        Service s = merged("    ulimits: {nofile: {soft: 10, hard: 20}, nproc: 5}\n", "    ulimits: {nofile: 30}\n");
        assertThat(s.ulimits().get("nofile").soft()).isEqualTo(30);
        assertThat(s.ulimits().get("nofile").hard()).isEqualTo(30);
        assertThat(s.ulimits().get("nproc").hard()).isEqualTo(5);
    }

    @Test
    void dependsOnShortAndLongFormsMerge() {
        Service s = TestCompose.loadFiles(tmp, Map.of(), "compose.yaml", """
                services:
                  web: {image: nginx, depends_on: [db]}
                  db: {image: postgres}
                  cache: {image: redis}
                """, "override.yaml", """
                services:
                  web:
                    depends_on:
                      db: {condition: service_healthy}
                      cache: {condition: service_started, required: false}
                """).service("web");
        assertThat(s.dependsOn().get("db").condition().value()).isEqualTo("service_healthy");
        assertThat(s.dependsOn().get("cache").required()).isFalse();
    }

    @Test
    void multipleDocumentsInOneFileAreOverlays() {
        Service s = TestCompose.load(tmp, """
                services:
                  web: {image: nginx, environment: {A: "1"}}
                ---
                services:
                  web: {environment: {B: "2"}}
                """).service("web");
        assertThat(s.environment()).containsEntry("A", "1").containsEntry("B", "2");
    }

    @Test
    void overlayRelativePathsResolveAgainstTheProjectDirectory() {
        Service s = TestCompose.loadFiles(tmp, Map.of(), "compose.yaml", "services:\n  web: {image: nginx}\n",
                "sub/o.yaml", "services:\n  web:\n    volumes: [\"./data:/data\"]\n").service("web");
        assertThat(s.volumes().get(0).source()).isEqualTo(tmp.resolve("data").toString());
    }
}
