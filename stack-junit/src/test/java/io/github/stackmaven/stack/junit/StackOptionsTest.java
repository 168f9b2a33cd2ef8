package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class StackOptionsTest {

    @Stack
    static class Defaults {
    }

    @Stack(environment = "ci", files = {"a.yml", " b.yml "}, services = "db")
    static class Explicit {
    }

    private static Properties props(String... kv) {
        Properties p = new Properties();
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void resolve_defaults_testEnvironmentDiscoveryInBasedir() {
        StackOptions o = StackOptions.resolve(StackExtension.annotation(Defaults.class),
                props("basedir", "/p/app", "user.dir", "/elsewhere"));
        assertThat(o.environment()).isEqualTo("test");
        assertThat(o.directory()).isEqualTo(Path.of("/p/app"));
        assertThat(o.files()).isEmpty();
        assertThat(o.services()).isEmpty();
        assertThat(o.profiles()).isNull();
        assertThat(o.timeout()).isNull();
        assertThat(o.labels()).isNull();
        assertThat(o.stackDir()).isEqualTo(Path.of("/p/app/target/stack"));
    }

    @Test
    void resolve_withoutBasedir_usesTheWorkingDirectory() {
        StackOptions o = StackOptions.resolve(null, props("user.dir", "/ide/module"));
        assertThat(o.basedir()).isEqualTo(Path.of("/ide/module"));
    }

    @Test
    void resolve_systemProperties_asThePluginNamesThem() {
        StackOptions o = StackOptions.resolve(StackExtension.annotation(Defaults.class), props("basedir", "/p",
                "stack.environment", "ci", "stack.files", "x.yml,y.yml", "stack.services", "db, app",
                "stack.profiles", "", "stack.directory", "docker", "stack.timeout", "90s",
                "stack.labels", "io.github.stackmaven.it=20261128,team=a", "stack.variables.BUILT_IMAGE", "app:1",
                "stack.variables.EMPTY", "", "stack.variables.UNSET", "${stack.image}:1"));
        assertThat(o.environment()).isEqualTo("ci");
        assertThat(o.files()).containsExactly("x.yml", "y.yml");
        assertThat(o.services()).containsExactly("db", "app");
        assertThat(o.directory()).isEqualTo(Path.of("/p/docker"));
        assertThat(o.timeout()).isEqualTo("90s");
        assertThat(o.labels()).isEqualTo("io.github.stackmaven.it=20261128,team=a");
        assertThat(o.profiles()).isNull();
        assertThat(o.variables()).containsExactly(Map.entry("BUILT_IMAGE", "app:1"));
        assertThat(o.stackDir()).isEqualTo(Path.of("/p/target/stack"));
    }

    @Test
    void resolve_annotationWinsOverSystemProperties() {
        StackOptions o = StackOptions.resolve(StackExtension.annotation(Explicit.class), props("basedir", "/p",
                "stack.environment", "test", "stack.files", "x.yml", "stack.services", "app"));
        assertThat(o.environment()).isEqualTo("ci");
        assertThat(o.files()).containsExactly("a.yml", "b.yml");
        assertThat(o.services()).containsExactly("db");
    }

    @Test
    void annotation_ofAnEnclosingClass_appliesToNestedClasses() {
        class Inner {
        }
        assertThat(StackExtension.annotation(Explicit.class).environment()).isEqualTo("ci");
        assertThat(StackExtension.annotation(Inner.class)).isNull();
        assertThat(StackExtension.annotation(Nest.Inner.class).environment()).isEqualTo("ci");
    }

    @Stack(environment = "ci")
    static class Nest {
        class Inner {
        }
    }

    @Test
    void key_sameStackForEqualOptions_otherForAnotherEnvironment() {
        Properties p = props("basedir", "/p");
        assertThat(StackOptions.resolve(null, p).key())
                .isEqualTo(StackOptions.resolve(StackExtension.annotation(Defaults.class), p).key())
                .isNotEqualTo(StackOptions.resolve(StackExtension.annotation(Explicit.class), p).key());
    }

    @Test
    void split_trimsAndDropsEmptyEntries() {
        assertThat(StackOptions.split(" a, ,b ")).isEqualTo(List.of("a", "b"));
        assertThat(StackOptions.split(null)).isEmpty();
    }
}
