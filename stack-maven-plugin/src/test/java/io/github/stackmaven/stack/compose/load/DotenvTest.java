package io.github.stackmaven.stack.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Vectors from compose-go's dotenv fixtures and parser tests, as data in our own tests. */
class DotenvTest {

    private static Map<String, String> parse(String text) throws DotenvException {
        return Dotenv.parse(text, Map.of("OS_VAR", "from-os", "OPTION_A", "5")::get);
    }

    @Test
    void plainFixture() throws DotenvException {
        Map<String, String> env = parse("""
                OPTION_A=1
                OPTION_B=2
                OPTION_C= 3
                OPTION_D =4
                OPTION_E = 5
                OPTION_F =
                OPTION_G=
                OPTION_H=1 2
                OPTION_I=foo # comment
                456 = ABC
                """);
        assertThat(env).containsEntry("OPTION_B", "2").containsEntry("OPTION_C", "3").containsEntry("OPTION_D", "4")
                .containsEntry("OPTION_E", "5").containsEntry("OPTION_F", "").containsEntry("OPTION_G", "")
                .containsEntry("OPTION_H", "1 2").containsEntry("OPTION_I", "foo").containsEntry("456", "ABC");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "FOO=bar | FOO | bar",
        "export FOO=bar | FOO | bar",
        "exportFOO=1 | exportFOO | 1",
        "FOO: bar | FOO | bar",
        "FOO='bar baz' | FOO | bar baz",
        "FOO=\"bar baz\" | FOO | bar baz",
        "FOO='\\n' | FOO | \\n",
        "FOO='Let\\'s go!' | FOO | Let's go!",
        "FOO=\"a\\\"b\" | FOO | a\"b",
        "FOO=\"a\\\\b\" | FOO | a\\b",
        "FOO=\"\\x41\" | FOO | \\x41",
        "FOO=\"\\0123\" | FOO | S",
        "FOO=\"\\$HOME\" | FOO | $HOME",
        "FOO=$$HOME | FOO | $HOME",
        "FOO=a\\tb | FOO | a\\tb",
        "FOO=123#x | FOO | 123#x",
        "FOO= #c | FOO | #c",
        "FOO=bar\t# c | FOO | bar\t# c",
        "FOO=\"quoted\" # comment | FOO | quoted",
        "FOO=${OS_VAR} | FOO | from-os",
        "FOO='${OS_VAR}' | FOO | ${OS_VAR}",
        "FOO=\"${OS_VAR}\" | FOO | from-os",
        "FOO=${NOPE:-dflt} | FOO | dflt",
        "KEY.WITH-DASH=1 | KEY.WITH-DASH | 1",
        "a[1]=x | a[1] | x",
        "ÜMLAUT=è | ÜMLAUT | è",
        "FOO=a=b?c:d | FOO | a=b?c:d",
    })
    void parsesOneLine(String line, String key, String value) throws DotenvException {
        assertThat(parse(line + "\n")).containsEntry(key, value);
    }

    @Test
    void escapesInDoubleQuotes() throws DotenvException {
        assertThat(parse("FOO=\"a\\nb\\tc\"\n")).containsEntry("FOO", "a\nb\tc");
    }

    @Test
    void multiLineQuotedValues() throws DotenvException {
        Map<String, String> env = parse("A='line1\nline2'\nB=\"x\ny\"\nC=after\n");
        assertThat(env).containsEntry("A", "line1\nline2").containsEntry("B", "x\ny").containsEntry("C", "after");
    }

    @Test
    void textAfterClosingQuoteStartsTheNextStatement() throws DotenvException {
        assertThat(parse("FOO=\"a\"bar=1\n")).containsEntry("FOO", "a").containsEntry("bar", "1");
    }

    @Test
    void bareNamesComeFromTheLookupOrStayAbsent() throws DotenvException {
        Map<String, String> env = parse("OS_VAR\nNOT_FOUND\nLAST_NO_NEWLINE_OS_VAR=1\nOPTION_A");
        assertThat(env).containsEntry("OS_VAR", "from-os").doesNotContainKey("NOT_FOUND")
                .containsEntry("OPTION_A", "5");
    }

    @Test
    void osEnvironmentWinsInsideLookups() throws DotenvException {
        Map<String, String> env = parse("OPTION_A=1\nOPTION_B=${OPTION_A}\nOPTION_C=$OPTION_B-x\n");
        assertThat(env).containsEntry("OPTION_A", "1").containsEntry("OPTION_B", "5").containsEntry("OPTION_C", "5-x");
    }

    @Test
    void commentsBlankLinesCrlfAndBom() throws DotenvException {
        Map<String, String> env = parse("\uFEFF# comment\r\n\r\n  # indented comment\r\nA=1\r\nB=2\r\n");
        assertThat(env).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
    }

    @Test
    void keyWithSpaceIsAnErrorWithItsLine() {
        assertThatThrownBy(() -> parse("A=1\nB=\"multi\nline\"\nC=3\nINVALID LINE\nD=4\n"))
                .isInstanceOf(DotenvException.class).hasMessage("line 5: key cannot contain a space");
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> parse("A=1\nB=\"open\n")).isInstanceOf(DotenvException.class)
                .hasMessage("line 2: B: unterminated quoted value (the \" at column 3 is never closed); close it or"
                        + " escape it");
    }

    @Test
    void unexpectedCharacterInName() {
        assertThatThrownBy(() -> parse("FO%O=1\n")).isInstanceOf(DotenvException.class)
                .hasMessageContaining("unexpected character \"%\"").hasMessageContaining("column 3")
                .hasMessageNotContaining("FO%O");
    }

    @Test
    void requiredVariableInsideEnvFileFails() {
        assertThatThrownBy(() -> parse("A=${MISSING:?needed}\n")).isInstanceOf(DotenvException.class)
                .hasMessageContaining("required variable MISSING is missing a value: needed");
    }

    @Test
    void laterFilesSeeEarlierValues() throws DotenvException {
        Map<String, String> first = Dotenv.parse("URL=http://a\n", k -> null);
        Map<String, String> second = Dotenv.parse("MY_URL=${URL}/x\n", k -> null, first);
        assertThat(second).containsEntry("MY_URL", "http://a/x").containsEntry("URL", "http://a");
    }

    @Test
    void rawFormatKeepsValuesVerbatim() {
        Map<String, String> env = RawEnvFile.parse("  A=\"quoted\" $X  \n# c\nB=x=y\nOS_VAR\nGONE\n",
                Map.of("OS_VAR", "os")::get, java.nio.file.Path.of("raw.env"));
        assertThat(env).containsExactly(Map.entry("A", "\"quoted\" $X  "), Map.entry("B", "x=y"),
                Map.entry("OS_VAR", "os"));
    }
}
