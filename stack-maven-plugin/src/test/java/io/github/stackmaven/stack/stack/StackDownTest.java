package io.github.stackmaven.stack.stack;

import io.github.stackmaven.stack.engine.StackLabels;
import io.github.stackmaven.stack.event.EventSink;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StackDownTest {
    private final List<String> info = new ArrayList<>();
    private final EventSink events = new EventSink() {
        @Override
        public void info(String message) {
            info.add(message);
        }

        @Override
        public void warn(String message) {
            info.add("WARN " + message);
        }

        @Override
        public void debug(String message) {
        }
    };

    private FakeEngineClient engineWithVolumes() {
        FakeEngineClient engine = new FakeEngineClient();
        engine.volumes.put("shop_data", Map.of(StackLabels.PROJECT, "shop"));
        engine.volumes.put("shop_cache", Map.of(StackLabels.PROJECT, "shop"));
        engine.volumes.put("other_data", Map.of(StackLabels.PROJECT, "other"));
        return engine;
    }

    @Test
    void removeVolumesListsWhatItRemoved() {
        FakeEngineClient engine = engineWithVolumes();
        new StackDown(engine, events).down("shop", false, true);
        assertThat(engine.volumes).containsOnlyKeys("other_data");
        assertThat(info).singleElement().asString().startsWith("Removed volume(s) ")
                .contains("shop_data").contains("shop_cache").doesNotContain("other_data")
                .endsWith("(stack.removeVolumes)");
    }

    @Test
    void withoutItTheKeptVolumesAreNamedWithTheSwitch() {
        FakeEngineClient engine = engineWithVolumes();
        new StackDown(engine, events).down("shop", false, false);
        assertThat(engine.volumes).containsOnlyKeys("shop_data", "shop_cache", "other_data");
        assertThat(info).singleElement().asString().startsWith("Kept volume(s) ")
                .contains("-Dstack.removeVolumes=true removes them");
    }
}
