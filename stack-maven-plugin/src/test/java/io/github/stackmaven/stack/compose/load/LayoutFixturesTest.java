package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.DependencyCondition;
import io.github.stackmaven.stack.compose.MountType;
import io.github.stackmaven.stack.compose.Service;
import io.github.stackmaven.stack.compose.write.ComposeWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The repository's layout fixtures ({@code src/test/resources/layouts}) load with the meaning compose gives them:
 * a base file taken with {@code extends} by each environment's file, overlays with {@code !reset}/{@code !override},
 * env files (masked), {@code .env} project settings and profiles. The shared seed corpus, where present, adds the
 * same kind of checks on the real projects' files ({@link SeedCorpusTest}).
 */
class LayoutFixturesTest {

    @TempDir
    Path tmp;

    private static ComposeProject load(Path dir, String files) {
        return load(dir, files, Map.of());
    }

    private static ComposeProject load(Path dir, String files, Map<String, String> env) {
        List<Path> paths = java.util.Arrays.stream(files.split(",")).map(Path::of).toList();
        return ComposeLoader.load(LoadRequest.builder(dir, paths).environment(env).build());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "base-extends | docker-compose.test.yml",
        "base-extends | docker-compose.dev.yml",
        "base-extends | docker-compose.prod.yml",
        "base-extends | docker-compose.dev.yml,docker-compose.test.yml",
        "overlay | docker-compose.yml",
        "overlay | docker-compose.yml,docker-compose.dev.yml",
        "overlay | docker-compose.yml,docker-compose.prod.yml",
        "overlay | docker-compose.yml,docker-compose.ci.yml",
        "single-files | docker-compose.yml",
        "single-files | docker-compose.test.yml",
    })
    void combinationLoads(String layout, String files) {
        Path dir = Layouts.prepare(layout, tmp);
        ComposeProject project = load(dir, files);
        assertThat(project.services()).isNotEmpty();
        assertThat(project.workingDir()).isEqualTo(dir.toAbsolutePath().normalize());
        project.services().values().forEach(s -> assertThat(s.image() != null || s.build() != null)
                .as("service %s has an image or a build", s.name()).isTrue());
        assertThat(ComposeWriter.masked().toYaml(project)).startsWith("name: ");
    }

    @Test
    void testFileExtendsTheBaseFile() {
        ComposeProject project = load(Layouts.prepare("base-extends", tmp), "docker-compose.test.yml");
        assertThat(project.name()).as("COMPOSE_PROJECT_NAME from .env").isEqualTo("ledger");
        assertThat(project.services()).containsOnlyKeys("base", "test-app", "test-db", "test-mq", "test-worker");
        Service db = project.service("test-db");
        assertThat(db.tmpfs()).containsExactly("/var/lib/postgresql/data");
        assertThat(db.networks()).containsOnlyKeys("test");
        assertThat(db.networks().get("test").aliases()).containsExactly("db");
        assertThat(db.command()).startsWith("-cshared_buffers=64MB").hasSize(4);
        assertThat(db.healthcheck().test()).containsExactly("CMD-SHELL", "pg_isready -U postgres");
        assertThat(db.healthcheck().interval()).hasSeconds(2);
        assertThat(db.build().context()).as("relative to the base file's directory")
                .isEqualTo(tmp.resolve("docker/db").toString());
        assertThat(db.build().dockerfile()).isEqualTo("../db.Dockerfile");
        assertThat(db.environment()).containsEntry("POSTGRES_DB", "ledger").containsEntry("TZ", "Etc/UTC");
        Service app = project.service("test-app");
        assertThat(app.environment()).as("base values, numbers as strings, and the test file's own")
                .containsEntry("LEDGER_MQ_PORT", "5672").containsEntry("LEDGER_DEBUG", "1")
                .containsEntry("LEDGER_SMTP_USER", "").containsEntry("LEDGER_CLIENT_ID", "ledger-test")
                .doesNotContainKey("LEDGER_TEMPLATES");
        assertThat(app.volumes()).extracting(m -> m.type() + " " + m.source() + " " + m.target())
                .containsExactly("VOLUME home /opt/ledger", "BIND " + tmp + " /opt/ledger/app");
        assertThat(app.dependsOn()).containsOnlyKeys("test-db", "test-mq", "test-worker");
        assertThat(project.service("test-mq").environment()).as("list-form environment merged over the base's")
                .containsEntry("QUEUE_FORCE_RESET", "true").containsEntry("QUEUE_REALM", "ledger");
        assertThat(project.networks().get("test").name()).isEqualTo("ledger_test");
        assertThat(project.service("base").build().args()).containsEntry("UID", "1000");
        assertThat(project.service("base").image()).isEqualTo("example/ledger-base:latest");
    }

    @Test
    void devFileWaitsForHealthyAndCompletedServices() {
        ComposeProject project = load(Layouts.prepare("base-extends", tmp), "docker-compose.dev.yml");
        Service app = project.service("dev-app");
        assertThat(app.dependsOn().get("dev-db").condition()).isEqualTo(DependencyCondition.SERVICE_HEALTHY);
        assertThat(app.dependsOn().get("dev-migrate").condition())
                .isEqualTo(DependencyCondition.SERVICE_COMPLETED_SUCCESSFULLY);
        assertThat(app.ports()).extracting(p -> p.published() + ":" + p.target()).containsExactly("5000:5000");
        assertThat(app.networks().get("dev").aliases()).containsExactly("app");
        assertThat(project.service("dev-db").volumes()).extracting(m -> m.type() + " " + m.source())
                .containsExactly("VOLUME db");
    }

    @Test
    void prodFileExtendsWithinItselfAndKeepsXBake() {
        ComposeProject project = load(Layouts.prepare("base-extends", tmp), "docker-compose.prod.yml",
                Map.of("TAG", "2.1"));
        Service prod = project.service("prod-app");
        assertThat(prod.build().dockerfile()).isEqualTo("docker/prod.Dockerfile");
        assertThat(prod.image()).isEqualTo("example/ledger-prod:2.1");
        assertThat(ComposeWriter.masked().toYaml(project)).contains("x-bake:").contains("ledger-dev: target:dev-app");
        assertThat(project.service("prod-worker").command()).containsExactly("worker");
        assertThat(project.service("prod-worker").image()).isEqualTo("example/ledger-prod:2.1");
        assertThat(project.service("dev-app").entrypoint()).containsExactly("/bin/true");
    }

    @Test
    void composeFileFromDotEnvMergesDevAndTest() {
        Path dir = Layouts.prepare("base-extends", tmp);
        ComposeProject project = ComposeLoader.load(LoadRequest.of(dir, Map.of()));
        assertThat(project.configFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("docker-compose.dev.yml", "docker-compose.test.yml");
        assertThat(project.services()).containsKeys("dev-app", "test-app", "dev-db", "test-db").hasSize(9);
        assertThat(project.networks()).containsKeys("dev", "test");
        assertThat(project.service("test-db")).isEqualTo(load(dir, "docker-compose.test.yml").service("test-db"));
    }

    @Test
    void devOverlayMergesEnvironmentAppendsVolumesAndReplacesCommand() {
        Path dir = Layouts.prepare("overlay", tmp);
        ComposeProject project = load(dir, "docker-compose.yml,docker-compose.dev.yml");
        assertThat(project.name()).isEqualTo("shop");
        Service web = project.service("web");
        assertThat(web.environment()).containsEntry("SHOP_DEBUG", "1").containsEntry("PGHOST", "db")
                .containsEntry("SHOP_APP", "/mnt/code/manage.py").containsEntry("SHOP_PORT", "8008");
        assertThat(web.command()).containsExactly("sh", "-c", "shop run --port ${SHOP_PORT} --host 0.0.0.0");
        assertThat(web.image()).as("SHOP_TAG from .env").isEqualTo("ghcr.io/example/shop:develop");
        assertThat(web.volumes()).hasSize(4).last().satisfies(m -> {
            assertThat(m.type()).isEqualTo(MountType.BIND);
            assertThat(m.source()).isEqualTo(tmp.getParent().toString());
            assertThat(m.target()).isEqualTo("/mnt/code");
        });
        assertThat(web.envFiles()).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(dir.resolve("shop.env")));
        assertThat(web.environmentFromFiles()).containsKey("SHOP_SECRET_KEY");
        assertThat(web.ports()).extracting(p -> p.published() + ":" + p.target()).containsExactly("8008:8008");
        assertThat(project.service("worker").environment()).containsEntry("SHOP_DEBUG", "1");
        assertThat(project.service("db").image()).isEqualTo("postgres:16");
        String yaml = ComposeWriter.masked().toYaml(project);
        assertThat(yaml).doesNotContain("change-me-in-shop-env").contains("not-a-secret-written-in-the-file");
    }

    @Test
    void prodOverlayAddsTmpfsRestartAndHealthcheck() {
        Path dir = Layouts.prepare("overlay", tmp);
        ComposeProject project = load(dir, "docker-compose.yml,docker-compose.prod.yml");
        Service web = project.service("web");
        assertThat(web.restart()).isEqualTo("unless-stopped");
        assertThat(web.environment()).containsEntry("WEB_CONCURRENCY", "5").doesNotContainKey("SHOP_DEBUG");
        assertThat(web.volumes()).extracting(m -> m.type())
                .containsExactly(MountType.VOLUME, MountType.VOLUME, MountType.VOLUME, MountType.TMPFS);
        assertThat(web.healthcheck().test()).containsExactly("CMD-SHELL", "shop health --strict");
        assertThat(web.healthcheck().startPeriod()).hasMinutes(2);
        assertThat(web.healthcheck().interval()).hasMinutes(5);
        assertThat(web.healthcheck().retries()).isEqualTo(5);
        assertThat(project.service("worker").capAdd()).containsExactly("SYS_NICE");
    }

    @Test
    void ciOverlayResetsAndOverrides() {
        Path dir = Layouts.prepare("overlay", tmp);
        Service plain = load(dir, "docker-compose.yml").service("web");
        assertThat(plain.entrypoint()).containsExactly("/opt/shop/entrypoint.sh");
        assertThat(plain.healthcheck().startInterval()).hasSeconds(1);
        assertThat(plain.dependsOn()).hasSize(3);
        ComposeProject ci = load(dir, "docker-compose.yml,docker-compose.ci.yml");
        Service web = ci.service("web");
        assertThat(web.entrypoint()).as("!reset removes the entrypoint").isNull();
        assertThat(web.healthcheck().test()).containsExactly("CMD", "true");
        assertThat(web.healthcheck().interval()).as("!override drops the inherited interval").isNull();
        assertThat(web.dependsOn()).containsOnlyKeys("db", "cache");
        assertThat(web.dependsOn().get("db").condition()).isEqualTo(DependencyCondition.SERVICE_HEALTHY);
        assertThat(web.volumes()).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo("deps_ci");
            assertThat(m.target()).isEqualTo("/opt/shop/deps");
        });
        assertThat(ci.volumes()).containsKey("deps_ci");
        assertThat(ci.volumes().get("pgdata").name()).isEqualTo("shop_pgdata");
        assertThat(ci.volumes().get("pgdata").external()).isTrue();
        assertThat(web.extraHosts()).containsExactly("shop.test:127.0.0.1");
        assertThat(web.restart()).isEqualTo("on-failure:5");
        assertThat(ci.service("worker").entrypoint()).as("the overlay names only web")
                .containsExactly("/opt/shop/entrypoint.sh");
    }

    @Test
    void profiledServiceOnlyWithItsProfile() {
        Path dir = Layouts.prepare("overlay", tmp);
        ComposeProject plain = load(dir, "docker-compose.yml");
        assertThat(plain.services()).doesNotContainKey("adminer");
        assertThat(plain.disabledServices()).containsOnlyKeys("adminer");
        ComposeProject tools = load(dir, "docker-compose.yml", Map.of("COMPOSE_PROFILES", "tools"));
        assertThat(tools.services()).containsKey("adminer");
        assertThat(tools.service("adminer").dependsOn()).containsOnlyKeys("db");
    }

    @Test
    void testFileAloneIsNotAnOverlayAndItsEnvFileIsMasked() {
        Path dir = Layouts.prepare("single-files", tmp);
        ComposeProject project = load(dir, "docker-compose.test.yml");
        assertThat(project.services()).containsOnlyKeys("db", "web");
        Service web = project.service("web");
        assertThat(web.environment()).containsEntry("APP_CONFIGURATION", "Test");
        assertThat(web.environmentFromFiles()).containsKey("APP_SECRET_KEY");
        assertThat(web.build().args()).containsEntry("IS_NOT_PRODUCTION", "true");
        assertThat(web.ports()).isEmpty();
        assertThat(project.warnings()).anyMatch(w -> w.contains("`version` is obsolete"));
        assertThat(ComposeWriter.masked().toYaml(project)).doesNotContain("TestsAreNotSecrets")
                .doesNotContain("a-test-password-nobody-should-see").contains("APP_SECRET_KEY");
        ComposeProject dev = load(dir, "docker-compose.yml");
        assertThat(dev.services()).containsOnlyKeys("db", "web", "node");
        assertThat(dev.service("web").command()).containsExactly("./manage.py", "runserver", "0.0.0.0:8000");
        assertThat(dev.service("web").environment()).containsEntry("APP_CONFIGURATION", "Development");
    }
}
