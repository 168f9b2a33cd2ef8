package io.github.stackmaven.stack.compose.load;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.FileReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code build.secrets}: canonical long syntax without a default target, checked against top-level secrets. */
class BuildSecretsLoadTest {
    @TempDir
    Path tmp;

    @Test
    void shortAndLongSyntaxBecomeReferences_withoutADefaultTarget() {
        ComposeProject p = TestCompose.load(tmp, """
                services:
                  app:
                    build:
                      context: .
                      secrets:
                        - token
                        - {source: key, target: api_key, mode: 0400}
                secrets:
                  token: {file: ./token.txt}
                  key: {environment: API_KEY}
                """);
        assertThat(p.services().get("app").build().secrets()).containsExactly(
                new FileReference("token", null, null, null, null),
                new FileReference("key", "api_key", null, null, 0400));
        assertThat(p.services().get("app").build().other()).doesNotContainKey("secrets");
        assertThat(p.secrets().get("token").file()).isEqualTo(tmp.resolve("token.txt").toString());
    }

    @Test
    void anUndefinedSecretIsAnErrorAtItsLineAndColumn_withWhatToDo() {
        assertThatThrownBy(() -> TestCompose.load(tmp, """
                services:
                  app:
                    build:
                      context: .
                      secrets: [tokn]
                secrets:
                  token: {file: ./token.txt}
                """))
                .isInstanceOf(ComposeException.class)
                .hasMessageContaining("5:")
                .hasMessageContaining("service \"app\" refers to undefined build secret \"tokn\"")
                .hasMessageContaining("did you mean")
                .hasMessageContaining("declare it under top-level secrets:");
    }
}
