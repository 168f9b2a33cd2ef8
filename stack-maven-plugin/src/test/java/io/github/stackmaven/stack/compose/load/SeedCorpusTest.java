package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.DependencyCondition;
import io.github.stackmaven.stack.compose.MountType;
import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every combination listed in the seed corpus's SOURCES.md loads, with meaningful values. An extra check: it runs
 * only in the seed-corpus profile (active when ../shared/corpus/seeds exists); {@link LayoutFixturesTest} covers the
 * same layouts from the repository's own fixtures.
 */
@Tag("seed-corpus")
class SeedCorpusTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "pycroft | docker-compose.test.yml",
        "pycroft | docker-compose.dev.yml",
        "pycroft | docker-compose.prod.yml",
        "pycroft | docker-compose.yml",
        "pycroft | docker-compose.dev.yml,docker-compose.test.yml",
        "pycroft/_legacy-aeae9b7-compose-v2.3 | docker-compose.test.yml",
        "pycroft/_legacy-aeae9b7-compose-v2.3 | docker-compose.dev.yml",
        "pycroft/_legacy-aeae9b7-compose-v2.3 | docker-compose.prod.yml",
        "cores | docker-compose.template.yml",
        "truenth-portal/docker | docker-compose.yaml,docker-compose.dev.yaml",
        "truenth-portal/docker | docker-compose.yaml,docker-compose.prod.yaml",
        "pixel | docker-compose.yml",
        "pixel | docker-compose.test.yml",
        "pixel | docker-compose.staging.yml",
        "pixel | docker-compose.production.yml",
        "addons-server | docker-compose.yml",
        "addons-server | docker-compose.yml,docker-compose.ci.yml",
        "addons-server | docker-compose.yml,docker-compose.private.yml",
    })
    void combinationLoads(String seed, String files) {
        Path dir = Seeds.prepare(seed, tmp);
        ComposeProject project = Seeds.load(dir, files);
        assertThat(project.services()).isNotEmpty();
        assertThat(project.workingDir()).isEqualTo(dir.toAbsolutePath().normalize());
        project.services().values().forEach(s -> assertThat(s.image() != null || s.build() != null)
                .as("service %s has an image or a build", s.name()).isTrue());
    }

    @Test
    void pycroftTestDatabaseIsOnTmpfsWithAliasDb() {
        ComposeProject project = Seeds.load(Seeds.prepare("pycroft", tmp), "docker-compose.test.yml");
        assertThat(project.name()).isEqualTo("pycroft");
        Service db = project.service("test-db");
        assertThat(db.tmpfs()).containsExactly("/var/lib/postgresql/data");
        assertThat(db.networks()).containsOnlyKeys("test");
        assertThat(db.networks().get("test").aliases()).containsExactly("db");
        assertThat(db.command()).startsWith("-cshared_buffers=64MB").hasSize(6);
        assertThat(db.healthcheck().test()).containsExactly("CMD-SHELL", "pg_isready -U postgres");
        assertThat(db.healthcheck().interval()).hasSeconds(2);
        assertThat(db.build().context()).isEqualTo(tmp.resolve("docker/db").toString());
        assertThat(db.build().dockerfile()).isEqualTo("../db.Dockerfile");
        assertThat(db.environment()).containsEntry("POSTGRES_DB", "pycroft");
        Service app = project.service("test-app");
        assertThat(app.environment()).containsEntry("PYCROFT_LDAP_PORT", "389").containsEntry("PYTHONDEVMODE", "1")
                .containsEntry("OIDC_CLIENT_ID", "pycroft-test");
        assertThat(app.volumes()).extracting(m -> m.type() + " " + m.source() + " " + m.target())
                .containsExactly("VOLUME home /opt/pycroft", "BIND " + tmp + " /opt/pycroft/app");
        assertThat(app.dependsOn()).containsOnlyKeys("test-db", "test-ldap", "test-mq", "test-dummy-worker",
                "test-keycloak");
        assertThat(project.networks().get("test").name()).isEqualTo("pycroft_test");
        assertThat(project.service("base").build().args()).containsEntry("UID", "1000");
    }

    @Test
    void pycroftComposeFileFromDotEnvMergesDevAndTest() {
        Path dir = Seeds.prepare("pycroft", tmp);
        ComposeProject project = ComposeLoader.load(LoadRequest.of(dir, java.util.Map.of()));
        assertThat(project.configFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("docker-compose.dev.yml", "docker-compose.test.yml");
        assertThat(project.services()).containsKeys("dev-app", "test-app", "dev-db", "test-db");
        assertThat(project.service("dev-app").dependsOn().get("dev-db").condition())
                .isEqualTo(DependencyCondition.SERVICE_HEALTHY);
    }

    @Test
    void addonsServerCiOverlayResetsAndOverrides() {
        Path dir = Seeds.prepare("addons-server", tmp);
        Service plain = Seeds.load(dir, "docker-compose.yml").service("web");
        assertThat(plain.entrypoint()).containsExactly("/data/olympia/docker/entrypoint.sh");
        assertThat(plain.healthcheck().startInterval()).hasSeconds(1);
        assertThat(plain.dependsOn()).hasSize(6);
        ComposeProject ci = Seeds.load(dir, "docker-compose.yml,docker-compose.ci.yml");
        Service web = ci.service("web");
        assertThat(web.entrypoint()).as("!reset removes the entrypoint").isNull();
        assertThat(web.healthcheck().test()).containsExactly("CMD", "true");
        assertThat(web.healthcheck().interval()).as("!override drops the inherited interval").isNull();
        assertThat(web.dependsOn()).containsOnlyKeys("mysqld", "memcached");
        assertThat(web.dependsOn().get("mysqld").condition()).isEqualTo(DependencyCondition.SERVICE_HEALTHY);
        assertThat(web.volumes()).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo("data_deps_ci");
            assertThat(m.target()).isEqualTo("/data/olympia/deps");
        });
        assertThat(ci.volumes()).containsKey("data_deps_ci");
        assertThat(ci.volumes().get("data_mysqld").name()).isEqualTo("addons-server_data_mysqld");
        assertThat(ci.volumes().get("data_mysqld").external()).isTrue();
        assertThat(web.extraHosts()).containsExactly("olympia.test:127.0.0.1");
        assertThat(web.restart()).isEqualTo("on-failure:5");
    }

    @Test
    void truenthDevOverlayMergesEnvironmentAndKeepsBaseValues() {
        Path dir = Seeds.prepare("truenth-portal/docker", tmp);
        ComposeProject project = Seeds.load(dir, "docker-compose.yaml,docker-compose.dev.yaml");
        Service web = project.service("web");
        assertThat(web.environment()).containsEntry("FLASK_DEBUG", "1").containsEntry("PGHOST", "db")
                .containsEntry("FLASK_APP", "/mnt/code/manage.py");
        assertThat(web.command()).containsExactly("sh", "-c", " flask run --port ${PORT} --host 0.0.0.0 ");
        assertThat(web.image()).isEqualTo("ghcr.io/uwcirg/truenth-portal:develop");
        assertThat(web.volumes()).hasSize(4).last().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MountType.BIND);
            assertThat(m.source()).isEqualTo(tmp.getParent().toString());
        });
        assertThat(web.envFiles()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo(dir.resolve("portal.env")));
        assertThat(project.service("db").image()).isEqualTo("postgres:16");
    }

    @Test
    void truenthProdOverlayAddsTmpfsVolumeAndHealthcheck() {
        Path dir = Seeds.prepare("truenth-portal/docker", tmp);
        Service web = Seeds.load(dir, "docker-compose.yaml,docker-compose.prod.yaml").service("web");
        assertThat(web.restart()).isEqualTo("unless-stopped");
        assertThat(web.environment()).containsEntry("WEB_CONCURRENCY", "5");
        assertThat(web.volumes()).extracting(m -> m.type()).contains(MountType.TMPFS);
        assertThat(web.healthcheck().startPeriod()).hasMinutes(2);
        assertThat(web.healthcheck().retries()).isEqualTo(5);
    }

    @Test
    void pixelTestFileAloneHasItsOwnServices() {
        Path dir = Seeds.prepare("pixel", tmp);
        ComposeProject project = Seeds.load(dir, "docker-compose.test.yml");
        assertThat(project.services()).containsOnlyKeys("db", "web");
        Service web = project.service("web");
        assertThat(web.environment()).containsEntry("DJANGO_CONFIGURATION", "Test");
        assertThat(web.environmentFromFiles()).containsKey("DJANGO_SECRET_KEY");
        assertThat(web.build().args()).containsEntry("IS_NOT_PRODUCTION", "true");
        assertThat(project.warnings()).anyMatch(w -> w.contains("`version` is obsolete"));
    }

    @Test
    void coresTemplateLoads() {
        ComposeProject project = Seeds.load(Seeds.prepare("cores", tmp), "docker-compose.template.yml");
        assertThat(project.services()).containsOnlyKeys("cores", "postgres", "nginx", "docs", "livesync");
        assertThat(project.service("cores").environment()).containsEntry("HOSTNAME", "cores")
                .containsEntry("SECRET_KEY", "uhriagseruiguaeiorghozagraioehgr");
        assertThat(project.service("livesync").environment()).containsEntry("SSHPASS", "");
        assertThat(project.service("nginx").ports()).extracting(p -> p.published() + ":" + p.target())
                .containsExactly("80:80", "443:443");
        assertThat(project.service("cores").dependsOn()).containsOnlyKeys("postgres");
    }
}
