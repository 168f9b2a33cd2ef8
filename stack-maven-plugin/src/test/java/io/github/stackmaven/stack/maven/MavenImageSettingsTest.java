package io.github.stackmaven.stack.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.event.EventSink;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.Scm;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class MavenImageSettingsTest {

    private final MavenProject project = new MavenProject(new Model());
    private final Properties user = new Properties();
    private final MavenImageSettings settings = new MavenImageSettings(project, user, EventSink.NONE);

    @Test
    void buildArgOverrides_fromStackBuildArgsUserProperties_sorted() {
        user.setProperty("stack.buildArgs.B", "2");
        user.setProperty("stack.buildArgs.A", "1");
        user.setProperty("stack.buildArgs.", "no name");
        user.setProperty("other", "x");

        assertThat(settings.buildArgOverrides()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
    }

    @Test
    void propertyHolding_theOneNonStackPropertyWithThatValue() {
        project.getProperties().setProperty("jdk.image", "127.0.0.1:5001/jdk:21");
        user.setProperty("stack.buildArgs.JDK_IMAGE", "127.0.0.1:5001/jdk:21");
        assertThat(settings.propertyHolding("127.0.0.1:5001/jdk:21")).contains("jdk.image");

        user.setProperty("mirror.jdk", "127.0.0.1:5001/jdk:21");
        assertThat(settings.propertyHolding("127.0.0.1:5001/jdk:21")).as("two hold it").isEqualTo(Optional.empty());
    }

    @Test
    void projectMetadata_reproducibleTimestampAndScmSource() {
        project.getProperties().setProperty("project.build.outputTimestamp", "1700000000");
        project.setUrl("https://example.com/site");
        Scm scm = new Scm();
        scm.setUrl("https://example.com/repo");
        project.setScm(scm);

        assertThat(settings.created()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(settings.sourceUrl()).isEqualTo("https://example.com/repo");
        assertThat(settings.licenses()).isEmpty();
    }
}
