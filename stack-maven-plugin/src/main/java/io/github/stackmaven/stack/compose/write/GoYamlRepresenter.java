package io.github.stackmaven.stack.compose.write;

import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.RepresentToNode;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Strings quoted as compose v2 (go-yaml) quotes them: a string that YAML would read as something else (a
 * number, a boolean, null, YAML 1.1's {@code yes}/{@code on}/{@code n}, a sexagesimal {@code 1:20}, {@code 1_000})
 * in double quotes ({@code "8080"}); any other string plain where YAML allows it, else in single quotes
 * ({@code 'a: b'}), and a multi-line one as a literal block. Keys follow the same rule ({@code "N": …}).
 */
final class GoYamlRepresenter extends StandardRepresenter {

    private static final CoreSchema CORE = new CoreSchema();
    private static final Set<String> YAML11_BOOLS = Set.of("y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
            "on", "On", "ON", "off", "Off", "OFF");
    private static final Pattern GO_NUMBER = Pattern.compile("[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
            + "|[0-9][0-9_]*_[0-9_]*|[0-9_]*\\.[0-9_]*_[0-9_]*|0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+)");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}(?:(?:[Tt]|[ \\t]+)"
            + "\\d{1,2}:\\d{1,2}:\\d{1,2}(?:\\.\\d+)?(?:[ \\t]*(?:Z|[-+]\\d{1,2}(?::?\\d{2})?))?)?");

    GoYamlRepresenter(DumpSettings settings) {
        super(settings);
        RepresentToNode strings = representers.get(String.class);
        representers.put(String.class, data -> {
            String s = (String) data;
            if (readsAsOtherType(s)) {
                return representScalar(Tag.STR, s, ScalarStyle.DOUBLE_QUOTED);
            }
            return strings.representData(data);
        });
    }

    static boolean readsAsOtherType(String s) {
        return !CORE.getScalarResolver().resolve(s, true).equals(Tag.STR) || YAML11_BOOLS.contains(s)
                || GO_NUMBER.matcher(s).matches() || TIMESTAMP.matcher(s).matches();
    }
}
