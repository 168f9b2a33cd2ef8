package io.github.stackmaven.stack.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DockerIgnoreTest {

    /** One pattern, one path, the verdict Docker gives (path matched as given, parents included). */
    static Stream<Arguments> singlePattern() {
        return Stream.of(
                row("**", "file", true), row("**", "file/", true), row("**/", "file", true),
                row("**/", "file/", true), row("**", "/", true), row("**", "dir/file", true),
                row("**/**", "dir/file", true), row("dir/**", "dir/file", true),
                row("dir/**", "dir/dir2/file/", true), row("**/dir", "dir", true), row("**/dir", "dir/file", true),
                row("**/dir2/*", "dir/dir2/file", true), row("**/dir2/**", "dir/dir2/dir3/file", true),
                row("**file", "file", true), row("**file", "dir/dir/file", true), row("**/file", "dir/file", true),
                row("**/file*", "dir/dir/file.txt", true), row("**/file*txt", "dir/dir/file.txt", true),
                row("**/**/*.txt", "dir/dir/file.txt", true), row("**/**/*.txt2", "dir/dir/file.txt", false),
                row("**/*.txt", "file.txt", true), row("**/**/*.txt", "file.txt", true),
                row("a**/*.txt", "a/file.txt", true), row("a**/*.txt", "a/dir/dir/file.txt", true),
                row("a/*.txt", "a/dir/file.txt", false), row("a/*.txt", "a/file.txt", true),
                row("a/*.txt**", "a/file.txt", true),
                row("a[b-d]e", "ae", false), row("a[b-d]e", "ace", true), row("a[b-d]e", "aae", false),
                row("a[^b-d]e", "aze", true), row("a[^b-d]e", "ace", false),
                row(".*", ".foo", true), row(".*", "foo", false),
                row("abc.def", "abcdef", false), row("abc.def", "abc.def", true), row("abc.def", "abcZdef", false),
                row("abc?def", "abcZdef", true), row("abc?def", "abcdef", false), row("abc?def", "abc/def", false),
                row("a\\\\", "a\\", true), row("a\\*b", "a*b", true), row("a\\*b", "axb", false),
                row("**/foo/bar", "foo/bar", true), row("**/foo/bar", "dir/dir2/foo/bar", true),
                row("abc/**", "abc", false), row("abc/**", "abc/def/ghi", true),
                row("**/.foo", ".foo", true), row("**/.foo", "bar.foo", false),
                row("a(b)c/def", "a(b)c/def", true), row("a(b)c/def", "a(b)c/xyz", false),
                row("a.|)$(}+{bc", "a.|)$(}+{bc", true),
                row("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true),
                // '*' stays within one directory, but a matching directory takes its contents with it
                row("*", "a/b/c", true), row("*.md", "docs/README.md", false), row("docs", "docs/a/b.md", true),
                row("*/*.md", "docs/README.md", true), row("*/*.md", "docs/sub/README.md", false),
                row("docs/", "docs/x", true), row("./docs/../docs", "docs/x", true),
                row("[Bb]in", "Bin/x", true), row("[Bb]in", "lib", false),
                row("[[:digit:]]x", "7x", true), row("[[:digit:]]x", "ax", false),
                // Docker copies '[' and ']' into an RE2 expression without looking inside: "[?]" is a class of
                // '[', '^' and '/' followed by a literal ']'
                row("x[?]y", "x?y", false), row("x[?]y", "x^]y", true),
                row("*.py[cod]", "m.pyc", true), row("*$py.class", "a$py.class", true),
                row("ab&&c", "ab&&c", true), row("[&]", "&", true), row("a^b", "a^b", true));
    }

    private static Arguments row(String pattern, String path, boolean excluded) {
        return Arguments.of(pattern, path, excluded);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @MethodSource("singlePattern")
    void match_singlePattern(String pattern, String path, boolean excluded) throws Exception {
        assertThat(DockerIgnore.of(List.of(pattern)).match(path, null).excluded()).isEqualTo(excluded);
    }

    @ParameterizedTest(name = "{0} vs {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "**;!util/docker/web                       | util/docker/web/foo | false",
        "**;!util/docker/web;util/docker/web/foo   | util/docker/web/foo | true",
        "**;!dist/*.whl                            | dist/p-1.whl        | false",
        "*.go;!fileutils.go                        | fileutils.go        | false",
        "!fileutils.go;*.go                        | fileutils.go        | true",
        "docs;!docs/README.md                      | docs/README.md      | false",
        "docs/;!docs/README.md                     | docs/README.md      | false",
        "docs/*;!docs/README.md                    | docs/README.md      | false",
        "docs;!docs/README.md                      | docs/other.md       | true",
        "*.md;!README*.md;README-secret.md         | README-secret.md    | true",
        "*.md;!README*.md;README-secret.md         | README-public.md    | false",
        "logs/*;!logs/keep                         | logs/keep/today.log | false",
        "**/*.pyc;!keep/**                         | keep/a/b.pyc        | false",
        "**/*.pyc;!keep/**                         | other/b.pyc         | true",
    })
    void match_multiplePatterns_lastMatchWins(String patterns, String path, boolean excluded) throws Exception {
        assertThat(DockerIgnore.of(List.of(patterns.split(";"))).isExcluded(path)).isEqualTo(excluded);
    }

    @Test
    void parse_appliesReadAllRules() throws Exception {
        DockerIgnore ignore = DockerIgnore.parse("\uFEFF# comment\n  # not a comment\n\n  /build/ \r\n"
                + "! /secret/../keep \n\t*.log\t\n/\nlast-without-newline");
        assertThat(ignore.patterns())
                .containsExactly("# not a comment", "build", "!keep", "*.log", "/", "last-without-newline");
        assertThat(ignore.isExcluded("# not a comment")).isTrue();
        assertThat(ignore.isExcluded("build/x/y.class")).isTrue();
        assertThat(ignore.isExcluded("app.log")).isTrue();
        assertThat(ignore.isExcluded("README")).isFalse();
    }

    @Test
    void parse_bomOnlyStrippedFromFirstLine_commentOnlyInFirstColumn() throws Exception {
        assertThat(DockerIgnore.parse("#a\n\uFEFF#b\n \t#c").patterns()).containsExactly("\uFEFF#b", "#c");
    }

    @Test
    void parse_goTrimSpace_trimsNonBreakingSpace() throws Exception {
        assertThat(DockerIgnore.parse("\u00A0target\u00A0\n").patterns()).containsExactly("target");
    }

    @Test
    void isExcluded_neverExcludesContextRoot() throws Exception {
        assertThat(DockerIgnore.of(List.of("*", "**", ".")).isExcluded(".")).isFalse();
        assertThat(DockerIgnore.of(List.of("*")).isExcluded("./x")).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[                | 1 | malformed character class",
        "a[]b             | 1 | malformed character class",
        "x[a-]            | 1 | malformed character class",
        "abc\\            | 1 | unescaped",
        "!                | 1 | without a path",
        "[z-a]            | 1 | not a valid pattern",
    })
    void parse_rejectsWhatDockerRejects_namingPatternAndLine(String pattern, int line, String problem) {
        assertThatThrownBy(() -> DockerIgnore.parse(pattern + "\n"))
                .isInstanceOfSatisfying(InvalidIgnorePatternException.class, e -> {
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains("'" + e.pattern() + "'").contains(problem);
                });
    }

    @Test
    void parse_errorNamesTheRealLine() {
        assertThatThrownBy(() -> DockerIgnore.parse("# x\nok\n\nbad[\n"))
                .isInstanceOfSatisfying(InvalidIgnorePatternException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.pattern()).isEqualTo("bad[");
                    assertThat(e.getMessage()).startsWith(".dockerignore line 4: pattern 'bad['");
                });
    }

    @Test
    void keepingBuildFiles_reincludesDockerfileAndIgnoreFile() throws Exception {
        DockerIgnore kept = DockerIgnore.of(List.of("Dockerfile", ".dockerignore", "*.md"))
                .keepingBuildFiles("Dockerfile");
        assertThat(kept.patterns()).endsWith("!.dockerignore", "!Dockerfile");
        assertThat(kept.isExcluded("Dockerfile")).isFalse();
        assertThat(kept.isExcluded(".dockerignore")).isFalse();
        assertThat(kept.isExcluded("README.md")).isTrue();
    }

    @Test
    void keepingBuildFiles_dockerfileInExcludedDirectory() throws Exception {
        DockerIgnore kept = DockerIgnore.of(List.of("docker")).keepingBuildFiles("docker/app.Dockerfile");
        assertThat(kept.patterns()).containsExactly("docker", "!docker/app.Dockerfile");
        assertThat(kept.mayReincludeBelow("docker")).isTrue();
        assertThat(kept.isExcluded("docker/app.Dockerfile")).isFalse();
        assertThat(kept.isExcluded("docker/other")).isTrue();
    }

    @Test
    void keepingBuildFiles_unchangedWhenNothingIgnoresThem() throws Exception {
        DockerIgnore ignore = DockerIgnore.of(List.of("target"));
        assertThat(ignore.keepingBuildFiles("Dockerfile")).isSameAs(ignore);
        assertThat(ignore.keepingBuildFiles(null)).isSameAs(ignore);
    }

    @Test
    void keepingBuildFiles_usesDockersShallowParentCheck() throws Exception {
        // the CLI's check looks at one parent of the pattern's depth only: "**/" style patterns still count
        DockerIgnore kept = DockerIgnore.of(List.of("*")).keepingBuildFiles("sub/Dockerfile");
        assertThat(kept.patterns()).containsExactly("*", "!.dockerignore", "!sub/Dockerfile");
    }

    @Test
    void match_usesParentResult_likeTheContextWalk() throws Exception {
        DockerIgnore ignore = DockerIgnore.of(List.of("docs", "!docs/sub"));
        IgnoreMatch docs = ignore.match("docs", null);
        assertThat(docs.excluded()).isTrue();
        IgnoreMatch sub = ignore.match("docs/sub", docs);
        assertThat(sub.excluded()).isFalse();
        assertThat(ignore.match("docs/sub/deep.txt", sub).excluded()).isFalse();
        assertThat(ignore.match("docs/other.txt", docs).excluded()).isTrue();
        assertThat(ignore.mayReincludeBelow("docs")).isTrue();
        assertThat(ignore.mayReincludeBelow("doc")).isFalse();
    }

    @Test
    void none_excludesNothing() {
        assertThat(DockerIgnore.none().isExcluded("anything/at/all")).isFalse();
        assertThat(DockerIgnore.none().hasExceptions()).isFalse();
    }
}
