package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackmaven.stack.compose.ComposeException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in {@code src/test/resources/compose/bad/} starts with {@code # expect <line>:<column> <fragment>};
 * loading it must fail with one {@link ComposeException} at that position whose message contains the fragment.
 */
class BadInputTest {

    private static final Pattern EXPECT = Pattern.compile("^# expect (\\d+):(\\d+) (.+)$", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(BadInputTest.class.getResource("/compose/bad").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yml")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastThirtyCases() throws Exception {
        assertThat(cases().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithOnePositionedMessage(String name) throws Exception {
        String text = Files.readString(Path.of(BadInputTest.class.getResource("/compose/bad/" + name).toURI()));
        Matcher m = EXPECT.matcher(text);
        assertThat(m.find()).as("%s starts with '# expect line:column fragment'", name).isTrue();
        Files.writeString(tmp.resolve(name), text);
        assertThatThrownBy(() -> ComposeLoader.load(LoadRequest.builder(tmp, List.of(Path.of(name)))
                .projectName("bad").build()))
                .isInstanceOfSatisfying(ComposeException.class, e -> {
                    assertThat(e.getMessage()).contains(m.group(3));
                    int line = Integer.parseInt(m.group(1));
                    if (line > 0) {
                        assertThat(e.getMessage()).startsWith(name + ":" + line + ":" + m.group(2) + ": ");
                        assertThat(e.line()).isEqualTo(line);
                        assertThat(e.column()).isEqualTo(Integer.parseInt(m.group(2)));
                    }
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }
}
