package io.github.stackmaven.stack.maven;

import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code -DskipITs} way out is offered by the goals it avoids (up/down of test and ci), not by ps, logs, ... */
class UnreachableHintTest {
    private static final String NO_ENGINE = "unix:///nonexistent/stack-hint-test/docker.sock";

    @TempDir
    Path tmp;

    @Test
    void downOfATestStackPointsAtSkipITs() {
        DownMojo down = project(new DownMojo());
        down.environment = "test";
        assertThatThrownBy(down::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Cannot reach a Docker engine")
                .hasMessageContaining("add -DskipITs");
    }

    @Test
    void downOfADevStackDoesNotBecauseSkipITsWouldNotSkipIt() {
        DownMojo down = project(new DownMojo());
        down.environment = "dev";
        assertThatThrownBy(down::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Cannot reach a Docker engine")
                .hasMessageNotContaining("skipITs");
    }

    @Test
    void psDoesNot() throws ReflectiveOperationException {
        PsMojo ps = new PsMojo();
        ps.dockerHost = NO_ENGINE;
        var format = PsMojo.class.getDeclaredField("format");
        format.setAccessible(true);
        format.set(ps, "text");
        assertThatThrownBy(ps::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Cannot reach a Docker engine")
                .hasMessageContaining("point DOCKER_HOST at one")
                .hasMessageNotContaining("skipITs");
    }

    private <T extends AbstractProjectMojo> T project(T mojo) {
        MavenProject project = new MavenProject();
        Build build = new Build();
        build.setDirectory(tmp.resolve("target").toString());
        project.setBuild(build);
        mojo.project = project;
        mojo.projectName = "hint-test";
        mojo.dockerHost = NO_ENGINE;
        return mojo;
    }
}
