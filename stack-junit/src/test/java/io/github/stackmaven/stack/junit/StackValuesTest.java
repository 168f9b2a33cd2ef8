package io.github.stackmaven.stack.junit;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackValuesTest {
    private static final RunningStack STACK = new ExportedStack("test", Map.of("stack.project", "p-test-1",
            "stack.db.host", "127.0.0.1", "stack.db.port", "40000", "stack.db.port.5432", "40000",
            "stack.db.port.9187", "40001", "stack.app.host", "localhost", "stack.app.port", "40002",
            "stack.app.port.8080", "40002"), false);

    @StackHost("db") String host;
    @StackPort("db") int port;
    @StackPort(value = "db", containerPort = 9187) Long metrics;
    @StackPort(value = "app") String appPort;
    RunningStack stack;
    @StackHost("db") int wrongType;
    @StackPort(value = "db", containerPort = 1) int unpublished;
    String plain;

    private static Object value(String name) throws NoSuchFieldException {
        Field f = StackValuesTest.class.getDeclaredField(name);
        return StackValues.value(f, f.getType(), STACK, name);
    }

    private static boolean wanted(String name) throws NoSuchFieldException {
        Field f = StackValuesTest.class.getDeclaredField(name);
        return StackValues.wanted(f, f.getType());
    }

    @Test
    void value_hostsAndPortsOfTheRightType() throws Exception {
        assertThat(value("host")).isEqualTo("127.0.0.1");
        assertThat(value("port")).isEqualTo(40000);
        assertThat(value("metrics")).isEqualTo(40001L);
        assertThat(value("appPort")).isEqualTo("40002");
        assertThat(value("stack")).isSameAs(STACK);
    }

    @Test
    void wanted_onlyAnnotatedOrRunningStack() throws Exception {
        assertThat(wanted("host")).isTrue();
        assertThat(wanted("stack")).isTrue();
        assertThat(wanted("plain")).isFalse();
    }

    @Test
    void value_wrongType_namesTheElement() {
        assertThatThrownBy(() -> value("wrongType"))
                .hasMessage("@StackHost(\"db\") wrongType must be a String, not int");
    }

    @Test
    void value_unpublishedPort_saysWhatIsPublished() {
        assertThatThrownBy(() -> value("unpublished"))
                .hasMessageStartingWith("Service db publishes no container port 1 in stack p-test-1 (test; published:"
                        + " app 8080, db 5432/9187)");
        assertThatThrownBy(() -> STACK.host("cache")).hasMessageStartingWith("Service cache publishes no port");
    }

    @Test
    void stack_portAndHostAccessors() {
        assertThat(STACK.project()).isEqualTo("p-test-1");
        assertThat(STACK.port("db", 5432)).isEqualTo(40000);
        assertThat(STACK.startedByExtension()).isFalse();
        assertThat(STACK.toString()).contains("started by the build");
    }
}
