package io.github.stackmaven.stack.engine.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.SELContext;
import io.github.stackmaven.stack.engine.MountSpec;
import org.junit.jupiter.api.Test;

/** Binds from compose's short syntax reach the engine in the -v form, with their SELinux label. */
class DockerContainerFactoryBindTest {

    private static MountSpec bind(String selinux, boolean readOnly) {
        return new MountSpec(MountSpec.Type.BIND, "/src/d", "/x", readOnly, false, 0, 0, true, selinux);
    }

    @Test
    void sharedLabelIsSentAsLowerZ() {
        Bind bind = DockerContainerFactory.bind(bind("z", false));
        assertThat(bind.getSecMode()).isEqualTo(SELContext.shared);
        assertThat(bind.toString()).isEqualTo("/src/d:/x:rw,z");
    }

    @Test
    void privateLabelIsSentAsUpperZWithReadOnly() {
        Bind bind = DockerContainerFactory.bind(bind("Z", true));
        assertThat(bind.getSecMode()).isEqualTo(SELContext.single);
        assertThat(bind.toString()).isEqualTo("/src/d:/x:ro,Z");
    }

    @Test
    void noLabelNoSuffix() {
        assertThat(DockerContainerFactory.bind(bind(null, false)).toString()).isEqualTo("/src/d:/x:rw");
    }
}
