package io.github.stackmaven.stack.junit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.event.EventSink;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceLauncherTest {

    @TempDir
    Path dir;

    @Test
    void up_devEnvironment_refusedBeforeTouchingTheEngine() {
        Properties p = new Properties();
        p.setProperty("basedir", dir.toString());
        p.setProperty("stack.environment", "dev");
        // no engine is asked: a dev stack holds data, so the extension never starts (and later removes) one
        p.setProperty("stack.dockerHost", "tcp://127.0.0.1:1");
        StackOptions options = StackOptions.resolve(null, p);

        assertThatThrownBy(() -> new ServiceLauncher(EventSink.NONE).up(options))
                .isInstanceOf(StackStartException.class)
                .hasMessageContaining("No running dev stack to reuse")
                .hasMessageContaining("mvn stack:up -Dstack.environment=dev");
    }
}
