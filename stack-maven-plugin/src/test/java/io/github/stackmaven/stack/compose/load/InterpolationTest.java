package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import io.github.stackmaven.stack.compose.ComposeProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vectors from compose-go template/template_test.go and interpolation_test.go (data only, our own tests). */
class InterpolationTest {

    private static final Map<String, String> ENV = Map.of("FOO", "first", "BAR", "", "JSON", "{\"a\":1}",
            "V", "$OTHER", "A", "x");

    @TempDir
    Path tmp;

    static String sub(String template) throws TemplateException {
        return Template.substitute(template, ENV::get, v -> { });
    }

    @ParameterizedTest(name = "{0} -> [{1}]")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "$FOO | first",
        "${FOO} | first",
        "$FOO-bar | first-bar",
        "$$FOO | $FOO",
        "$$$FOO | $first",
        "$1 | $1",
        "a$ | a$",
        "$- | $-",
        "^REGEX$ | ^REGEX$",
        "${UNSET} | ''",
        "${BAR} | ''",
        "${UNSET:-d} | d",
        "${BAR:-d} | d",
        "${FOO:-d} | first",
        "${UNSET-d} | d",
        "${BAR-d} | ''",
        "${FOO-d} | first",
        "${UNSET:+alt} | ''",
        "${BAR:+alt} | ''",
        "${FOO:+alt} | alt",
        "${UNSET+alt} | ''",
        "${BAR+alt} | alt",
        "${FOO+alt} | alt",
        "${UNSET-a:-b} | a:-b",
        "${UNSET:-${FOO:-x}} | first",
        "${UNSET:-${UNSET2:-x}} | x",
        "pre${UNSET:-a${FOO}b}post | preafirstbpost",
        "${UNSET:-${BAR:-x}_test_${BAR:-y}} | x_test_y",
        "${FOO:-a}} | first}",
        "$V | $OTHER",
        "${A:+${A},}B | x,B",
        "${UNSET:+${UNSET},}B | B",
    })
    void substitutes(String template, String expected) throws TemplateException {
        assertThat(sub(template)).isEqualTo(expected.equals("''") ? "" : expected);
    }

    @Test
    void bracesInDefaultsAreCounted() throws TemplateException {
        assertThat(sub("${missing:-{\"json\":1}}")).isEqualTo("{\"json\":1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"${}", "${ FOO}", "${FOO }", "${FOO!}", "${9X}", "${FOO/a/b}", "${FOO:0:2}", "${BAR",
        "x ${FOO"})
    void rejectsInvalidTemplates(String template) {
        assertThatThrownBy(() -> sub(template)).isInstanceOf(TemplateException.class)
                .hasMessageContaining("invalid interpolation format");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "${UNSET:?you must set it} | required variable UNSET is missing a value: you must set it",
        "${BAR:?empty} | required variable BAR is missing a value: empty",
        "${UNSET?bar-baz} | required variable UNSET is missing a value: bar-baz",
        "${UNSET:?} | required variable UNSET is missing a value",
    })
    void requiredVariables(String template, String message) {
        assertThatThrownBy(() -> sub(template)).isInstanceOf(TemplateException.class).hasMessage(message);
    }

    @Test
    void requiredWithEmptyValueButNoColonIsAccepted() throws TemplateException {
        assertThat(sub("${BAR?msg}")).isEmpty();
    }

    @Test
    void unsetVariablesAreReported() throws TemplateException {
        List<String> unset = new ArrayList<>();
        Template.substitute("$NOPE ${ALSO} ${SKIP:-x}", ENV::get, unset::add);
        assertThat(unset).containsExactly("NOPE", "ALSO");
    }

    @Test
    void interpolatesValuesNotKeys() {
        ComposeProject p = TestCompose.load(tmp, Map.of("TAG", "1.2", "KEY", "k"), """
                services:
                  web:
                    image: "nginx:${TAG}"
                    labels:
                      $KEY: "$KEY"
                    environment:
                      - "${KEY}_LIST=$${KEY}"
                """);
        assertThat(p.service("web").image()).isEqualTo("nginx:1.2");
        assertThat(p.service("web").labels()).containsEntry("$KEY", "k");
        assertThat(p.service("web").environment()).containsEntry("k_LIST", "${KEY}");
    }

    @Test
    void castsInterpolatedBooleansAndNumbers() {
        ComposeProject p = TestCompose.load(tmp, Map.of("RO", "yes", "N", "4", "PORT", "8080"), """
                services:
                  web:
                    image: nginx
                    read_only: ${RO}
                    scale: ${N}
                    ports:
                      - "${PORT}:80"
                      - target: ${PORT}
                """);
        assertThat(p.service("web").readOnly()).isTrue();
        assertThat(p.service("web").scale()).isEqualTo(4);
        assertThat(p.service("web").ports()).extracting(x -> x.published() + "->" + x.target())
                .containsExactly("8080->80", "null->8080");
    }

    @Test
    void invalidBooleanAfterInterpolationNamesThePath() {
        ComposeException e = TestCompose.error(tmp, Map.of("RO", "maybe"), """
                services:
                  web:
                    image: nginx
                    read_only: ${RO}
                """);
        assertThat(e.getMessage()).isEqualTo("compose.yaml:4:16: services.web.read_only: invalid boolean \"maybe\"");
    }

    @Test
    void requiredVariableErrorCarriesPositionAndPath() {
        ComposeException e = TestCompose.error(tmp, """
                services:
                  web:
                    image: ${IMAGE:?set IMAGE to the image to test}
                """);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(12);
        assertThat(e.path()).isEqualTo("services.web.image");
        assertThat(e.problem()).isEqualTo("required variable IMAGE is missing a value: set IMAGE to the image to test");
    }

    @Test
    void extensionSectionsAreInterpolatedToo() {
        ComposeException e = TestCompose.error(tmp, """
                x-common:
                  bad: "${oops"
                services:
                  web:
                    image: nginx
                """);
        assertThat(e.path()).isEqualTo("x-common.bad");
        assertThat(e.problem()).contains("invalid interpolation format");
    }

    @Test
    void warnsOnceAboutAnUnsetVariable() {
        ComposeProject p = TestCompose.load(tmp, """
                services:
                  web:
                    image: nginx:${TAG}
                    hostname: ${TAG}
                """);
        assertThat(p.service("web").image()).isEqualTo("nginx:");
        assertThat(p.warnings()).containsOnlyOnce("The \"TAG\" variable is not set. Defaulting to a blank string.");
    }
}
