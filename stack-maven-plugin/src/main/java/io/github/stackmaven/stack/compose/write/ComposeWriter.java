package io.github.stackmaven.stack.compose.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.stackmaven.stack.compose.ComposeProject;
import io.github.stackmaven.stack.compose.MountType;
import io.github.stackmaven.stack.compose.Service;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Prints the effective model like {@code docker compose config}: canonical long syntax, keys in a fixed order
 * (name, services sorted by name, networks, volumes, secrets, configs), YAML or JSON. Environment values that
 * came from env files are masked unless secrets are shown.
 */
public final class ComposeWriter {

    /** Output format. */
    public enum Format { YAML, JSON }

    public static final String MASK = "********";

    private final boolean showSecrets;

    private ComposeWriter(boolean showSecrets) {
        this.showSecrets = showSecrets;
    }

    public static ComposeWriter masked() {
        return new ComposeWriter(false);
    }

    public static ComposeWriter showingSecrets() {
        return new ComposeWriter(true);
    }

    public String write(ComposeProject project, Format format) {
        return format == Format.JSON ? toJson(project) : toYaml(project);
    }

    public String toYaml(ComposeProject project) {
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK)
                .setSchema(new CoreSchema()).setIndent(2).setIndicatorIndent(2).setIndentWithIndicator(true)
                .setWidth(Integer.MAX_VALUE).build();
        return new Dump(settings, new GoYamlRepresenter(settings))
                .dumpToString(escapeDollars(toMap(project, false)));
    }

    public String toJson(ComposeProject project) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(escapeDollars(toMap(project, true)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the model as JSON", e);
        }
    }

    /** The model as ordered plain maps and lists, the shape YAML prints (values not yet escaped). */
    public Map<String, Object> toMap(ComposeProject project) {
        return toMap(project, false);
    }

    /**
     * The model as ordered plain maps and lists. JSON carries a few keys YAML omits, as compose v2 prints them
     * (Go's {@code json} tags lack {@code omitempty} where the {@code yaml} tags have it): {@code "command": null},
     * {@code "entrypoint": null}, a network's {@code "ipam": {}} and a volume mount's {@code "volume": {}}.
     */
    Map<String, Object> toMap(ComposeProject project, boolean json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", project.name());
        Map<String, Object> services = new TreeMap<>();
        project.services().forEach((name, s) -> services.put(name, ServiceWriter.write(s, showSecrets, json)));
        out.put("services", services);
        // as compose v2 prints it: only the networks, volumes, secrets and configs that a service uses
        Set<String> networks = new HashSet<>();
        Set<String> volumes = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        Set<String> configs = new HashSet<>();
        for (Service s : project.services().values()) {
            networks.addAll(s.networks().keySet());
            s.volumes().stream().filter(v -> v.type() == MountType.VOLUME && v.source() != null)
                    .forEach(v -> volumes.add(v.source()));
            s.secrets().forEach(r -> secrets.add(r.source()));
            if (s.build() != null) {
                s.build().secrets().forEach(r -> secrets.add(r.source()));
            }
            s.configs().forEach(r -> configs.add(r.source()));
        }
        putIfNotEmpty(out, "networks", ResourceWriter.networks(used(project.networks(), networks), json));
        putIfNotEmpty(out, "volumes", ResourceWriter.volumes(used(project.volumes(), volumes)));
        putIfNotEmpty(out, "secrets", ResourceWriter.files(used(project.secrets(), secrets)));
        putIfNotEmpty(out, "configs", ResourceWriter.files(used(project.configs(), configs)));
        out.putAll(project.extensions());
        return out;
    }

    private static <T> Map<String, T> used(Map<String, T> all, Set<String> keys) {
        Map<String, T> out = new LinkedHashMap<>(all);
        out.keySet().retainAll(keys);
        return out;
    }

    /**
     * Escapes every {@code $} of a string value as {@code $$}, as compose v2 prints its model: the model holds
     * values after interpolation, so the output is a compose file that means the same when loaded again.
     */
    static Object escapeDollars(Object value) {
        if (value instanceof String s) {
            return s.replace("$", "$$");
        }
        if (value instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(k, escapeDollars(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(ComposeWriter::escapeDollars).toList();
        }
        return value;
    }

    static void putIfNotEmpty(Map<String, Object> out, String key, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> m && m.isEmpty() || value instanceof List<?> l && l.isEmpty()) {
            return;
        }
        out.put(key, value);
    }
}
