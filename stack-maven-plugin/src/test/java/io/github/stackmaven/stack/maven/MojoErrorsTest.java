package io.github.stackmaven.stack.maven;

import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each service failure reaches Maven once: a mistake to fix as a complete BUILD FAILURE, breakage as an error. */
class MojoErrorsTest {
    private static final String NO_ENGINE = "unix:///nonexistent/stack-errors-test/docker.sock";

    @TempDir
    Path tmp;

    private <T extends AbstractProjectMojo> T project(T mojo) {
        MavenProject project = new MavenProject();
        Build build = new Build();
        build.setDirectory(tmp.resolve("target").toString());
        project.setBuild(build);
        mojo.project = project;
        mojo.directory = tmp.toFile();
        mojo.environment = "test";
        mojo.dockerHost = NO_ENGINE;
        return mojo;
    }

    private static void set(Object mojo, String field, Object value) throws ReflectiveOperationException {
        var f = mojo.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(mojo, value);
    }

    @Test
    void aBadSettingIsAFailureNamingItWithoutATrace() throws Exception {
        UpMojo up = project(new UpMojo());
        set(up, "timeout", "two minutes");
        assertThatThrownBy(up::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("stack.timeout is 'two minutes'; write a duration such as 90s, 2m or 1m30s")
                .hasNoCause();
    }

    @Test
    void aBrokenComposeFileIsAFailureNamingTheFile() throws Exception {
        Files.writeString(tmp.resolve("compose.yaml"), "services:\n  db:\n    image: [\n");
        ConfigMojo config = project(new ConfigMojo());
        set(config, "format", "yaml");
        assertThatThrownBy(config::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("compose.yaml").hasNoCause();
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnError() throws Exception {
        Files.writeString(tmp.resolve("compose.yaml"), "services:\n  db:\n    image: busybox\n");
        Files.writeString(tmp.resolve("blocker"), "a file, not a directory");
        ConfigMojo config = project(new ConfigMojo());
        set(config, "format", "yaml");
        set(config, "output", new File(tmp.toFile(), "blocker/effective.yml"));
        assertThatThrownBy(config::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Cannot write " + tmp.resolve("blocker/effective.yml"));
    }
}
