package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte sizes (go-units RAMInBytes) and healthcheck binding; duration syntax is tested in compose.DurationsTest. */
class DurationsAndSizesTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"1024,1024", "64m,67108864", "1g,1073741824", "512k,524288", "2GB,2147483648", "1.5m,1572864",
        "10 kb,10240"})
    void parsesByteSizes(String text, long bytes) {
        assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
    }

    @Test
    void healthcheckAndSizesInTheModel() {
        Service s = TestCompose.load(tmp, """
                services:
                  web:
                    image: x
                    shm_size: 256m
                    mem_limit: 1g
                    stop_grace_period: 1m30s
                    healthcheck:
                      test: curl -f http://localhost
                      interval: 2s
                      timeout: 2m
                      retries: 5
                      start_period: 30s
                      start_interval: 1s
                    tmpfs: /run
                    volumes:
                      - type: tmpfs
                        target: /cache
                        tmpfs: {size: 64m, mode: 01777}
                """).service("web");
        assertThat(s.shmSize()).isEqualTo(256L << 20);
        assertThat(s.memLimit()).isEqualTo(1L << 30);
        assertThat(s.stopGracePeriod()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.healthcheck().test()).containsExactly("CMD-SHELL", "curl -f http://localhost");
        assertThat(s.healthcheck().timeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(s.healthcheck().startInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(s.tmpfs()).containsExactly("/run");
        assertThat(s.volumes().get(0).tmpfs().size()).isEqualTo(64L << 20);
        assertThat(s.volumes().get(0).tmpfs().mode()).as("octal as go-yaml reads it").isEqualTo(01777);
    }

    @Test
    void disabledHealthcheck() {
        Service s = TestCompose.load(tmp, "services:\n  web:\n    image: x\n    healthcheck: {disable: true}\n")
                .service("web");
        assertThat(s.healthcheck().disable()).isTrue();
        assertThat(s.healthcheck().test()).isNull();
    }
}
