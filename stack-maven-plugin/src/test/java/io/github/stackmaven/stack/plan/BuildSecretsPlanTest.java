package io.github.stackmaven.stack.plan;

import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.load.ComposeLoader;
import io.github.stackmaven.stack.compose.load.LoadRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code build.secrets} to the secrets a build mounts: ids as docker compose gives them, sources, no values shown. */
class BuildSecretsPlanTest {
    @TempDir
    Path dir;

    private ServicePlan app(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        ComposeProject compose = ComposeLoader.load(LoadRequest.of(dir, env, dir.resolve("compose.yaml"))
                .withProjectName("shop"));
        return StackPlanner.plan(compose, new PlanOptions("shop-test-1", "test", null), Set.of()).services()
                .stream().filter(s -> s.name().equals("app")).findFirst().orElseThrow();
    }

    @Test
    void theIdIsTheTargetElseTheSource_fileRelativeToTheProject_variableFromTheProjectEnvironment()
            throws IOException {
        ServicePlan app = app("""
                services:
                  app:
                    build:
                      context: .
                      secrets:
                        - token
                        - source: key
                          target: api_key
                secrets:
                  token:
                    file: ./secrets/token.txt
                  key:
                    environment: API_KEY
                """, Map.of("API_KEY", "s3cr3t-value"));
        assertThat(app.buildSecrets()).extracting(BuildSecret::id).containsExactly("token", "api_key");
        BuildSecret token = app.buildSecrets().get(0);
        assertThat(token.file()).isEqualTo(dir.toRealPath().resolve("secrets/token.txt").normalize());
        assertThat(token.variable()).isNull();
        BuildSecret key = app.buildSecrets().get(1);
        assertThat(key.secret()).isEqualTo("key");
        assertThat(key.variable()).isEqualTo("API_KEY");
        assertThat(key.value()).isEqualTo("s3cr3t-value");
        assertThat(key.toString()).doesNotContain("s3cr3t-value");
        assertThat(app.toString()).doesNotContain("s3cr3t-value");
    }

    @Test
    void anUnsetVariableIsNotAnErrorUntilTheImageIsBuilt() throws IOException {
        ServicePlan app = app("""
                services:
                  app:
                    build: {context: ., secrets: [key]}
                secrets:
                  key: {environment: NOT_SET_ANYWHERE}
                """, Map.of());
        assertThat(app.buildSecrets()).singleElement().satisfies(s -> assertThat(s.value()).isNull());
    }

    @Test
    void anExternalSecretCannotBeMountedInABuild() {
        assertThatThrownBy(() -> app("""
                services:
                  app:
                    build: {context: ., secrets: [key]}
                secrets:
                  key: {external: true}
                """, Map.of()))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("services.app.build.secrets")
                .hasMessageContaining("the build secret key (only `file:` and `environment:` secrets");
    }

    @Test
    void aServiceWithoutBuildSecretsHasNone() throws IOException {
        assertThat(app("services:\n  app:\n    build: .\n", Map.of()).buildSecrets()).isEmpty();
    }
}
