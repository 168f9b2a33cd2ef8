package io.github.stackmaven.stack.maven;

import io.github.stackmaven.stack.service.StackSession;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One StackSession per build, shared by the per-project clones of its MavenSession, closed when the build ends. */
class BuildSessionsTest {

    @SuppressWarnings("deprecation")
    private static MavenSession build(MavenExecutionRequest request) {
        return new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    }

    @Test
    void aBuildAndItsClonesShareOneSessionAndAnotherBuildHasItsOwn() {
        MavenSession build = build(new DefaultMavenExecutionRequest());
        StackSession session = BuildSessions.of(build);

        assertThat(BuildSessions.of(build)).isSameAs(session);
        assertThat(BuildSessions.of(build.clone())).isSameAs(session);
        assertThat(BuildSessions.of(build(new DefaultMavenExecutionRequest()))).isNotSameAs(session);
    }

    @Test
    void theEndOfTheBuildClosesItsSessionAndTheBuildsOwnListenerStillHearsEverything() {
        List<String> heard = new ArrayList<>();
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setExecutionListener(new AbstractExecutionListener() {
            @Override
            public void sessionEnded(ExecutionEvent event) {
                heard.add("sessionEnded");
            }
        });
        MavenSession build = build(request);
        StackSession session = BuildSessions.of(build);

        request.getExecutionListener().sessionEnded(null);

        assertThat(heard).containsExactly("sessionEnded");
        assertThatThrownBy(() -> session.engine(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ended");
        assertThat(BuildSessions.of(build)).isNotSameAs(session);
    }
}
