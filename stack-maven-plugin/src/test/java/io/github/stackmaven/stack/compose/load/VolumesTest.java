package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackmaven.stack.compose.Mount;
import io.github.stackmaven.stack.compose.MountType;
import io.github.stackmaven.stack.compose.Service;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumesTest {

    @TempDir
    Path tmp;

    private Service load(String volumes) {
        return TestCompose.load(tmp, Map.of("HOME", "/home/me"), "services:\n  web:\n    image: x\n    volumes:\n"
                + volumes + "volumes:\n  data: {}\n").service("web");
    }

    @Test
    void shortSyntaxKinds() {
        Service s = load("""
                      - /anon
                      - data:/var/lib/data:nocopy
                      - ./src:/app/src:ro,z
                      - ~/cache:/cache:rshared
                      - /abs/path:/abs/
                """);
        Mount anon = s.volumes().get(0);
        assertThat(anon.isAnonymous()).isTrue();
        assertThat(anon.target()).isEqualTo("/anon");
        Mount named = s.volumes().get(1);
        assertThat(named.type()).isEqualTo(MountType.VOLUME);
        assertThat(named.volume().nocopy()).isTrue();
        Mount bind = s.volumes().get(2);
        assertThat(bind.type()).isEqualTo(MountType.BIND);
        assertThat(bind.source()).isEqualTo(tmp.resolve("src").toString());
        assertThat(bind.readOnly()).isTrue();
        assertThat(bind.bind().selinux()).isEqualTo("z");
        assertThat(bind.bind().createHostPath()).isTrue();
        assertThat(s.volumes().get(3).source()).isEqualTo("/home/me/cache");
        assertThat(s.volumes().get(3).bind().propagation()).isEqualTo("rshared");
        assertThat(s.volumes().get(4).target()).as("target is cleaned").isEqualTo("/abs");
    }

    @Test
    void longSyntax() {
        Service s = load("""
                      - type: bind
                        source: ./conf
                        target: /etc/conf
                        read_only: true
                        bind: {create_host_path: false, propagation: rprivate}
                      - type: volume
                        source: data
                        target: /data
                        volume: {nocopy: true, subpath: sub}
                      - type: tmpfs
                        target: /tmp
                        tmpfs: {size: 1048576}
                """);
        assertThat(s.volumes().get(0).bind().createHostPath()).isFalse();
        assertThat(s.volumes().get(0).bind().propagation()).isEqualTo("rprivate");
        assertThat(s.volumes().get(1).volume().subpath()).isEqualTo("sub");
        assertThat(s.volumes().get(2).tmpfs().size()).isEqualTo(1048576L);
    }

    @Test
    void namedVolumeMustBeDeclared() {
        var e = TestCompose.error(tmp, "services:\n  web:\n    image: x\n    volumes: [\"cache:/c\"]\n");
        assertThat(e.problem()).startsWith("service \"web\" refers to undefined volume \"cache\"");
        assertThat(e.path()).isEqualTo("services.web.volumes[0]");
    }
}
